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
import org.cornerstone.review.application.ReviewInput;
import org.cornerstone.review.application.ReviewService;
import org.cornerstone.review.application.ReviewTaskView;
import org.cornerstone.review.domain.ReviewOutcome;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reviewers' tasks (compliance, valuer, legal, trustees, senior trustees). */
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  "TRUSTEE",
  "SENIOR_TRUSTEE",
  "COMPLIANCE",
  "LEGAL",
  "VALUER",
  "REGISTRAR",
  "SETTLEMENT_BANK",
  "DEBTOR"
})
@Tag(name = "Review tasks")
public class ReviewTaskResource {
  static final String DECISION_FORMAT =
      "Give a decision: {\"decision\": \"APPROVE\"|\"SEND_BACK\"|\"REJECT\", \"comment\":"
          + " \"...\"} (a valuer adds \"appraisedValue\"; a trustee may add"
          + " \"valuationOverride\" and \"overrideReason\").";

  @Inject ReviewService reviews;
  @Context SecurityContext security;

  /**
   * The body of a decision. {@code approved} is the older form ({@code true} = APPROVE, {@code
   * false} = REJECT).
   */
  public record Decision(
      String decision,
      Boolean approved,
      String comment,
      String appraisedValue,
      String valuationOverride,
      String overrideReason) {}

  @GET
  @Operation(summary = "List the caller's review tasks")
  public List<ReviewTaskView> inbox() {
    return reviews.inbox(Callers.actor(security));
  }

  @POST
  @Path("/{taskId}/claim")
  @Operation(summary = "Claim a task")
  @APIResponse(responseCode = "204", description = "Claimed")
  public Response claim(@PathParam("taskId") String taskId) {
    reviews.claim(Callers.actor(security), taskId);
    return Response.noContent().build();
  }

  @POST
  @Path("/{taskId}/unclaim")
  @Operation(summary = "Give a claimed task back")
  @APIResponse(responseCode = "204", description = "Given back")
  public Response unclaim(@PathParam("taskId") String taskId) {
    reviews.unclaim(Callers.actor(security), taskId);
    return Response.noContent().build();
  }

  @POST
  @Path("/{taskId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Decide a task: approve, send back or reject")
  @APIResponse(responseCode = "204", description = "Decided")
  public Response decide(@PathParam("taskId") String taskId, Decision decision) {
    if (decision == null) {
      throw new ValidationException(DECISION_FORMAT);
    }
    ReviewOutcome outcome;
    if (decision.decision() != null) {
      try {
        outcome = ReviewOutcome.valueOf(decision.decision().strip().toUpperCase());
      } catch (IllegalArgumentException e) {
        throw new ValidationException(DECISION_FORMAT);
      }
    } else if (decision.approved() != null) {
      outcome = decision.approved() ? ReviewOutcome.APPROVE : ReviewOutcome.REJECT;
    } else {
      throw new ValidationException(DECISION_FORMAT);
    }
    var actor = Callers.actor(security);
    try {
      reviews.decide(
          actor,
          taskId,
          new ReviewInput(
              outcome,
              decision.comment(),
              decision.appraisedValue(),
              null,
              decision.valuationOverride(),
              decision.overrideReason()));
    } catch (RuntimeException e) {
      // A failure at commit (two decisions at once: the loser's insert or update loses the race)
      // is the same conflict as a decision on a completed task, whatever the database said.
      if (ErrorMappers.Unexpected.known(e) == null && reviews.task(actor, taskId).isEmpty()) {
        throw new ConflictException(ReviewService.TASK_GONE, e);
      }
      throw e;
    }
    return Response.noContent().build();
  }
}
