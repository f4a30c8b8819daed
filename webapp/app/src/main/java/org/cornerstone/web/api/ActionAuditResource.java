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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit of issuer-agent actions: every action with requester, approver, reason, evidence hash
 * and ledger transaction; one action; its evidence document.
 */
@Path("/audit/actions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REGISTRAR", "TRUSTEE", "SENIOR_TRUSTEE", "ADMIN", "AUDITOR"})
@Tag(name = "Issuer-agent audit")
public class ActionAuditResource {
  @Inject IssuerAgentActions actions;
  @Context SecurityContext security;

  @GET
  @Operation(
      summary =
          "List every issuer-agent action with requester, approver, reason, evidence hash and ledger transaction")
  public List<ActionView> all() {
    return actions.audit(Callers.actor(security));
  }

  @GET
  @Path("/{actionId}")
  @Operation(summary = "Read one issuer-agent action")
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
  @Operation(summary = "Download an action's evidence document")
  @APIResponse(
      responseCode = "200",
      description = "The evidence file",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
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
