package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cornerstone.financing.application.FinancingOverview;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The trustee's and regulator's overview of payable certificates (issue 22): outstanding by obligor
 * and by tier, overdue, concentration. Amounts in minor units; shares in percent (two decimals).
 */
@Path("/financing/overview")
@Produces(MediaType.APPLICATION_JSON)
public class FinancingOverviewResource {
  @Inject FinancingOverview overview;
  @Context SecurityContext security;

  @GET
  @RolesAllowed({"TRUSTEE", "SENIOR_TRUSTEE", "COMPLIANCE", "REGISTRAR", "AUDITOR", "ADMIN"})
  @Operation(summary = "Read the overview of outstanding payable certificates")
  public OverviewJson read() {
    FinancingOverview.Overview o = overview.overview(Callers.actor(security));
    return new OverviewJson(
        o.summary().asOf(),
        o.summary().obligors().stream()
            .map(
                l ->
                    new ObligorJson(
                        l.obligorOrganisation(),
                        o.name(l.obligorOrganisation()),
                        l.currency(),
                        l.certificates(),
                        l.issuedMinor(),
                        l.outstandingMinor(),
                        l.overdueMinor(),
                        l.maturingWithin30DaysMinor(),
                        l.sharePercent(),
                        l.largestHolder(),
                        l.largestHolderSharePercent()))
            .toList(),
        o.summary().tiers().stream()
            .map(
                t -> new TierJson(t.tier().name(), t.currency(), t.holders(), t.outstandingMinor()))
            .toList());
  }

  public record OverviewJson(LocalDate asOf, List<ObligorJson> obligors, List<TierJson> tiers) {}

  public record ObligorJson(
      String obligor,
      String obligorName,
      String currency,
      int certificates,
      long issuedMinor,
      long outstandingMinor,
      long overdueMinor,
      long maturingWithin30DaysMinor,
      BigDecimal sharePercent,
      String largestHolder,
      BigDecimal largestHolderSharePercent) {}

  public record TierJson(String tier, String currency, int holders, long outstandingMinor) {}
}
