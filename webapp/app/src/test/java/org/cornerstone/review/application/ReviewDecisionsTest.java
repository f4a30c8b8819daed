package org.cornerstone.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cornerstone.review.domain.ReviewOutcome;
import org.cornerstone.workflows.rules.ReviewDecision;
import org.junit.jupiter.api.Test;

/** A reviewer's outcome maps onto the decision the process models test, by the same name. */
class ReviewDecisionsTest {
  @Test
  void everyReviewersOutcomeMapsToTheSameName() {
    for (ReviewDecision decision : ReviewDecision.values()) {
      ReviewOutcome outcome = ReviewOutcome.valueOf(decision.name());
      assertThat(ReviewDecisions.of(outcome)).isEqualTo(decision);
    }
  }

  @Test
  void aResubmissionIsNotAReviewDecision() {
    assertThatThrownBy(() -> ReviewDecisions.of(ReviewOutcome.RESUBMIT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
