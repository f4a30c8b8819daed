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
import org.cornerstone.registry.application.HoldingQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the caller's organisation holds. */
@Path("/holdings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"INVESTOR", "ORIGINATOR", "ADMIN"})
@Tag(name = "Holdings")
public class HoldingResource {
  @Inject HoldingQueries holdings;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "List what the caller's organisation holds")
  public List<HoldingJson> mine() {
    return holdings.myHoldings(Callers.actor(security)).stream()
        .map(h -> new HoldingJson(h.instrumentId(), h.holder().x500(), h.quantity()))
        .toList();
  }

  /** One holding as the API has always shown it (the asset's id names its instrument). */
  public record HoldingJson(String assetId, String holder, long quantity) {}
}
