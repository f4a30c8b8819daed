package org.cornerstone.review.application;

import org.cornerstone.review.domain.ReviewOutcome;
import org.cornerstone.workflows.rules.ReviewDecision;

/**
 * The one mapping between the app's {@link ReviewOutcome} and the workflows module's {@link
 * ReviewDecision} (the name the models' gateways test). Two enums because the workflows module
 * cannot depend on the app; the switch fails to compile when either gains a value.
 */
public final class ReviewDecisions {
  private ReviewDecisions() {}

  /** The process decision of a reviewer's outcome; a resubmission is not a review decision. */
  public static ReviewDecision of(ReviewOutcome outcome) {
    return switch (outcome) {
      case APPROVE -> ReviewDecision.APPROVE;
      case SEND_BACK -> ReviewDecision.SEND_BACK;
      case REJECT -> ReviewDecision.REJECT;
      case RESUBMIT ->
          throw new IllegalArgumentException("A resubmission is not a reviewer's decision.");
    };
  }
}
