package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.cornerstone.financing.application.CashCredit;
import org.cornerstone.financing.application.CashCreditView;
import org.cornerstone.financing.application.CashLine;
import org.cornerstone.financing.application.CrossBorderPayments;
import org.cornerstone.financing.application.PvpForm;
import org.cornerstone.financing.application.PvpView;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cross-border payment versus payment (issue 22, part 6): a supply-chain party instructs a PvP with
 * another (it pays one currency in one settlement bank's cash, receives another in another bank's
 * cash, at an agreed rate); the counterparty accepts (both legs settle in one ledger transaction)
 * or declines. A settlement bank credits deposits to supply-chain parties in its own cash. A PvP is
 * instructed once per idempotency key (the {@code Idempotency-Key} header or the body's {@code
 * requestKey}).
 */
@Path("/financing/pvp")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cross-border PvP")
public class CrossBorderPaymentResource {
  static final String BODY_REQUIRED =
      "Send a JSON body with counterparty, payCurrency, payBank, receiveCurrency, receiveBank,"
          + " baseCurrency, baseAmount (e.g. \"100000.00\") and rate (e.g. \"7.1234\").";
  static final String CREDIT_BODY_REQUIRED =
      "Send a JSON body with organisation, currency, amount (e.g. \"100000.00\") and reference.";

  @Inject CrossBorderPayments payments;
  @Context SecurityContext security;

  @GET
  @RolesAllowed({"SUPPLIER", "FINANCIER", "DEBTOR"})
  @Operation(summary = "The PvPs of the caller's organisation, the newest first")
  public List<PvpView> list() {
    return payments.mine(Callers.actor(security));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({"SUPPLIER", "FINANCIER", "DEBTOR"})
  @Operation(summary = "Read one PvP of the caller's organisation")
  public PvpView one(@PathParam("id") String id) {
    return payments
        .one(Callers.actor(security), id)
        .orElseThrow(() -> new NotFoundException("No such PvP: " + id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"SUPPLIER", "FINANCIER", "DEBTOR"})
  @Operation(
      summary =
          "Instruct a PvP with a counterparty (idempotent by Idempotency-Key or requestKey);"
              + " the counter amount is base × rate, half-even to the minor unit")
  public Response instruct(PvpJson body, @HeaderParam("Idempotency-Key") String key) {
    if (body == null) {
      throw new ValidationException(BODY_REQUIRED);
    }
    String requestKey =
        body.requestKey() != null && !body.requestKey().isBlank() ? body.requestKey() : key;
    PvpView view =
        payments.instruct(
            Callers.actor(security),
            new PvpForm(
                body.counterparty(),
                body.payCurrency(),
                body.payBank(),
                body.receiveCurrency(),
                body.receiveBank(),
                body.baseCurrency(),
                body.baseAmount(),
                body.rate(),
                requestKey));
    return Response.created(UriBuilder.fromPath("financing/pvp/{id}").build(view.id()))
        .entity(view)
        .build();
  }

  @POST
  @Path("/{id}/accept")
  @RolesAllowed({"SUPPLIER", "FINANCIER", "DEBTOR"})
  @Operation(
      summary =
          "Accept a PvP as its counterparty: both legs settle in one ledger transaction or"
              + " neither (idempotent)")
  public PvpView accept(@PathParam("id") String id) {
    return payments.accept(Callers.actor(security), id);
  }

  @POST
  @Path("/{id}/decline")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"SUPPLIER", "FINANCIER", "DEBTOR"})
  @Operation(summary = "Decline a PvP as its counterparty, with a reason; nothing moves")
  public PvpView decline(@PathParam("id") String id, DeclineJson body) {
    return payments.decline(Callers.actor(security), id, body == null ? null : body.reason());
  }

  @GET
  @Path("/cash")
  @RolesAllowed({"SUPPLIER", "FINANCIER", "DEBTOR", "SETTLEMENT_BANK"})
  @Operation(summary = "The caller's organisation's cash, per settlement bank and currency")
  public List<CashLine> cash() {
    return payments.cash(Callers.actor(security));
  }

  @POST
  @Path("/credits")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("SETTLEMENT_BANK")
  @Operation(
      summary =
          "As a settlement bank, credit a deposit received to a supply-chain party in the"
              + " bank's own cash tokens (idempotent by Idempotency-Key or requestKey)")
  public CashCreditView credit(CreditJson body, @HeaderParam("Idempotency-Key") String key) {
    if (body == null) {
      throw new ValidationException(CREDIT_BODY_REQUIRED);
    }
    String requestKey =
        body.requestKey() != null && !body.requestKey().isBlank() ? body.requestKey() : key;
    return payments.credit(
        Callers.actor(security),
        new CashCredit(
            body.organisation(), body.currency(), body.amount(), body.reference(), requestKey));
  }

  /** A PvP as sent: amounts and the rate as decimal strings. */
  public record PvpJson(
      String counterparty,
      String payCurrency,
      String payBank,
      String receiveCurrency,
      String receiveBank,
      String baseCurrency,
      String baseAmount,
      String rate,
      String requestKey) {}

  /** Why the counterparty declines. */
  public record DeclineJson(String reason) {}

  /** A deposit to credit, the amount as a decimal string. */
  public record CreditJson(
      String organisation, String currency, String amount, String reference, String requestKey) {}
}
