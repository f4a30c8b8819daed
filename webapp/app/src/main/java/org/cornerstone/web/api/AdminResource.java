package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.cornerstone.party.application.Administration;
import org.cornerstone.party.application.OrganisationSummary;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.party.application.UserView;
import org.cornerstone.review.application.Incident;
import org.cornerstone.review.application.LockedJob;
import org.cornerstone.review.application.ProcessAdministration;
import org.cornerstone.review.application.RunningProcess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Users and running processes, for administrators. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
public class AdminResource {
  @Inject UserDirectory users;
  @Inject ProcessAdministration processes;
  @Inject Administration administration;
  @Context SecurityContext security;

  @GET
  @Path("/users")
  @Operation(summary = "List the users")
  public List<UserView> users() {
    return users.users(Callers.actor(security));
  }

  @GET
  @Path("/incidents")
  @Operation(summary = "List the process incidents")
  public List<Incident> incidents() {
    return processes.incidents(Callers.actor(security));
  }

  @POST
  @Path("/incidents/{id}/retry")
  @Operation(summary = "Retry the failed job behind an incident")
  @APIResponse(responseCode = "204", description = "Retried")
  public Response retry(@PathParam("id") String incidentId) {
    processes.retry(Callers.actor(security), incidentId);
    return Response.noContent().build();
  }

  @GET
  @Path("/processes")
  @Operation(summary = "List the running processes")
  public List<RunningProcess> processes() {
    return processes.runningProcesses(Callers.actor(security));
  }

  /** Jobs under a job executor's lock; {@code stuck} when the owner died or the lock expired. */
  @GET
  @Path("/locked-jobs")
  @Operation(summary = "List the jobs under a job executor's lock")
  public List<LockedJob> lockedJobs() {
    return processes.lockedJobs(Callers.actor(security));
  }

  @GET
  @Path("/organisations")
  @Operation(summary = "List the organisations")
  public List<OrganisationSummary> organisations() {
    return administration.organisations(Callers.actor(security));
  }

  @POST
  @Path("/organisations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create an organisation")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganisationSummary.class)))
  public Response createOrganisation(Administration.NewOrganisation request) {
    OrganisationSummary created =
        administration.createOrganisation(Callers.actor(security), request);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @POST
  @Path("/users")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a user")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UserView.class)))
  public Response createUser(Administration.NewUser request) {
    UserView created = administration.createUser(Callers.actor(security), request);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  /** Body of a disable/enable: {@code {"active": false}}. */
  public record UserStatus(Boolean active) {}

  @PUT
  @Path("/users/{username}/active")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Disable or enable a user")
  public UserView setActive(@PathParam("username") String username, UserStatus status) {
    if (status == null || status.active() == null) {
      throw new org.cornerstone.shared.ValidationException("Say whether the user is active.");
    }
    return administration.setActive(Callers.actor(security), username, status.active());
  }

  /** Body of a password reset: {@code {"password": "..."}} (at least 10 characters). */
  public record NewPassword(String password) {}

  @PUT
  @Path("/users/{username}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reset a user's password")
  public UserView resetPassword(@PathParam("username") String username, NewPassword body) {
    return administration.resetPassword(
        Callers.actor(security), username, body == null ? null : body.password());
  }

  @GET
  @Path("/audit")
  @RolesAllowed({"ADMIN", "AUDITOR"})
  @Operation(summary = "Read the administration audit trail")
  public List<Administration.AuditLine> audit() {
    return administration.auditTrail(Callers.actor(security));
  }
}
