package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.cornerstone.servicing.application.DistributionService;
import org.cornerstone.servicing.application.IncomePayment;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The investor's income from distributions (issue 13). */
@Path("/income")
@Produces(MediaType.APPLICATION_JSON)
public class IncomeResource {
  @Inject DistributionService distributions;
  @Context SecurityContext security;

  /** The investor's income history, newest payment date first. */
  @GET
  @RolesAllowed("INVESTOR")
  @Operation(summary = "Read the investor's income (entitlements and payments)")
  public List<PaymentJson> income() {
    return distributions.income(Callers.actor(security)).stream().map(PaymentJson::of).toList();
  }

  /** One entitlement as JSON: the ledger transaction is null until paid. */
  public record PaymentJson(
      String distributionId,
      String instrumentId,
      String instrumentName,
      java.time.LocalDate recordDate,
      java.time.LocalDate paymentDate,
      String holder,
      long quantity,
      String currency,
      long grossMinor,
      long taxMinor,
      long netMinor,
      String state,
      String ledgerTransactionId) {
    static PaymentJson of(IncomePayment p) {
      return new PaymentJson(
          p.distributionId(),
          p.instrumentId(),
          p.instrumentName(),
          p.recordDate(),
          p.paymentDate(),
          p.holder(),
          p.quantity(),
          p.currency(),
          p.grossMinor(),
          p.taxMinor(),
          p.netMinor(),
          p.state(),
          p.ledgerTransactionId().orElse(null));
    }
  }
}
