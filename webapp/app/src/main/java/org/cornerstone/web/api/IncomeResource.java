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

/** The investor's income from distributions (issue 13). */
@Path("/income")
@Produces(MediaType.APPLICATION_JSON)
public class IncomeResource {
  @Inject DistributionService distributions;
  @Context SecurityContext security;

  /** The investor's income history, newest payment date first. */
  @GET
  @RolesAllowed("INVESTOR")
  public List<IncomePayment> income() {
    return distributions.income(Callers.actor(security));
  }
}
