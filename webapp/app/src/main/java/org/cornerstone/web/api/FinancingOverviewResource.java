package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cornerstone.financing.application.FinancingOverview;
import org.cornerstone.financing.domain.OutstandingSummary;
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

  /**
   * The overview: {@code obligors} and {@code tiers} as {@link OutstandingSummary} computes them
   * (organisation ids; their display names in {@code names}).
   */
  @GET
  @RolesAllowed({"TRUSTEE", "SENIOR_TRUSTEE", "COMPLIANCE", "REGISTRAR", "AUDITOR", "ADMIN"})
  @Operation(summary = "Read the overview of outstanding payable certificates")
  public OverviewJson read() {
    FinancingOverview.Overview o = overview.overview(Callers.actor(security));
    return new OverviewJson(
        o.summary().asOf(), o.summary().obligors(), o.summary().tiers(), o.names());
  }

  public record OverviewJson(
      LocalDate asOf,
      List<OutstandingSummary.ObligorLine> obligors,
      List<OutstandingSummary.TierLine> tiers,
      Map<String, String> names) {}
}
