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
import org.cornerstone.registry.controls.application.ActionView;
import org.cornerstone.registry.controls.application.IssuerAgentActions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The holder's side of the issuer-agent controls: what was done to my organisation's holdings
 * (frozen, unfrozen, moved by force, recovered), with the registrar's reason.
 */
@Path("/holdings/actions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"INVESTOR", "ORIGINATOR"})
@Tag(name = "Holdings")
public class HolderControlsResource {
  @Inject IssuerAgentActions actions;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "List what the registrar did to my organisation's holdings")
  public List<ActionView> mine() {
    return actions.affectingMe(Callers.actor(security));
  }
}
