package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.cornerstone.origination.application.ReviewTaskView;
import org.cornerstone.origination.application.TrusteeReviewService;
import org.cornerstone.shared.ValidationException;

/** The trustee's review tasks. */
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("TRUSTEE")
public class ReviewTaskResource {
  @Inject TrusteeReviewService reviews;
  @Context SecurityContext security;

  /** The body of a decision. */
  public record Decision(Boolean approved, String comment) {}

  @GET
  public List<ReviewTaskView> inbox() {
    return reviews.inbox(Callers.actor(security));
  }

  @POST
  @Path("/{taskId}/claim")
  public Response claim(@PathParam("taskId") String taskId) {
    reviews.claim(Callers.actor(security), taskId);
    return Response.noContent().build();
  }

  @POST
  @Path("/{taskId}/unclaim")
  public Response unclaim(@PathParam("taskId") String taskId) {
    reviews.unclaim(Callers.actor(security), taskId);
    return Response.noContent().build();
  }

  @POST
  @Path("/{taskId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response decide(@PathParam("taskId") String taskId, Decision decision) {
    if (decision == null || decision.approved() == null) {
      throw new ValidationException(
          "Say whether you approve: {\"approved\": true|false, \"comment\": \"...\"}.");
    }
    reviews.decide(Callers.actor(security), taskId, decision.approved(), decision.comment());
    return Response.noContent().build();
  }
}
