package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.cornerstone.registry.controls.application.ActionView;
import org.cornerstone.registry.controls.application.EvidenceFile;
import org.cornerstone.registry.controls.application.IssuerAgentActions;
import org.cornerstone.shared.NotFoundException;

/**
 * The audit of issuer-agent actions: every action with requester, approver, reason, evidence hash
 * and ledger transaction; one action; its evidence document.
 */
@Path("/audit/actions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REGISTRAR", "TRUSTEE", "SENIOR_TRUSTEE", "ADMIN", "AUDITOR"})
public class ActionAuditResource {
  @Inject IssuerAgentActions actions;
  @Context SecurityContext security;

  @GET
  public List<ActionView> all() {
    return actions.audit(Callers.actor(security));
  }

  @GET
  @Path("/{actionId}")
  public ActionView one(@PathParam("actionId") String actionId) {
    return actions
        .action(Callers.actor(security), actionId)
        .orElseThrow(
            () ->
                new NotFoundException(String.format(IssuerAgentActions.UNKNOWN_ACTION, actionId)));
  }

  @GET
  @Path("/{actionId}/evidence")
  @Produces({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
  public Response evidence(@PathParam("actionId") String actionId) {
    EvidenceFile file =
        actions
            .evidence(Callers.actor(security), actionId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        String.format(IssuerAgentActions.UNKNOWN_ACTION, actionId)));
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", Downloads.attachment(file.fileName()))
        .build();
  }
}
