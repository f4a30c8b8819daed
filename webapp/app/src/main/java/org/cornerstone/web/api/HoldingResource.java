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
import org.cornerstone.ledger.Holding;
import org.cornerstone.registry.application.HoldingQueries;

/** What the caller's organisation holds. */
@Path("/holdings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"INVESTOR", "ORIGINATOR", "ADMIN"})
public class HoldingResource {
  @Inject HoldingQueries holdings;
  @Context SecurityContext security;

  @GET
  public List<Holding> mine() {
    return holdings.myHoldings(Callers.actor(security));
  }
}
