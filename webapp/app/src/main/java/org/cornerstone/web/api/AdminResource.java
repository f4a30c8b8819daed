package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.party.application.UserView;
import org.cornerstone.review.application.Incident;
import org.cornerstone.review.application.ProcessAdministration;
import org.cornerstone.review.application.RunningProcess;

/** Users and running processes, for administrators. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AdminResource {
  @Inject UserDirectory users;
  @Inject ProcessAdministration processes;
  @Context SecurityContext security;

  @GET
  @Path("/users")
  public List<UserView> users() {
    return users.users(Callers.actor(security));
  }

  @GET
  @Path("/incidents")
  public List<Incident> incidents() {
    return processes.incidents(Callers.actor(security));
  }

  @POST
  @Path("/incidents/{id}/retry")
  public Response retry(@PathParam("id") String incidentId) {
    processes.retry(Callers.actor(security), incidentId);
    return Response.noContent().build();
  }

  @GET
  @Path("/processes")
  public List<RunningProcess> processes() {
    return processes.runningProcesses(Callers.actor(security));
  }
}
