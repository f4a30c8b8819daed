package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.cornerstone.audit.application.UserActionPage;
import org.cornerstone.audit.application.UserActions;
import org.cornerstone.audit.domain.UserActionQuery;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The audit log of user actions for the auditor, read-only: filtered by user, action (a part of
 * either), outcome and period ({@code from} inclusive, {@code to} exclusive; a date or an instant),
 * one page at a time (newest first), or all matching lines as CSV.
 */
@Path("/audit")
@RolesAllowed("AUDITOR")
public class UserActionAuditResource {
  @Inject UserActions actions;
  @Context SecurityContext security;

  @GET
  @Path("/user-actions")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Read the audit log of user actions (filters, pages)")
  public UserActionPage list(
      @QueryParam("user") String user,
      @QueryParam("action") String action,
      @QueryParam("outcome") String outcome,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    return actions.list(
        Callers.actor(security),
        query(user, action, outcome, from, to),
        number("page", page),
        number("size", size));
  }

  @GET
  @Path("/user-actions.csv")
  @Produces("text/csv")
  @Operation(summary = "Download the audit log of user actions as CSV")
  public Response csv(
      @QueryParam("user") String user,
      @QueryParam("action") String action,
      @QueryParam("outcome") String outcome,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return Response.ok(
            actions.csv(Callers.actor(security), query(user, action, outcome, from, to)),
            "text/csv; charset=UTF-8")
        .header("Content-Disposition", Downloads.attachment("user-actions.csv"))
        .build();
  }

  /** A whole number from the query, or a 400 naming the parameter (not JAX-RS's bare 404). */
  static int number(String name, String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new org.cornerstone.shared.ValidationException(
          name + " must be a whole number (not \"" + text + "\").");
    }
  }

  static UserActionQuery query(String user, String action, String outcome, String from, String to) {
    return new UserActionQuery(
        user,
        action,
        UserActions.outcome(outcome),
        UserActions.instant("from", from),
        UserActions.instant("to", to));
  }
}
