package org.cornerstone.review.application;

import java.time.Instant;
import java.util.List;

/**
 * A task in a reviewer's inbox, with what the reviewer needs to pick it: which step of which
 * process, about which subject (asset, investor), how urgent.
 *
 * @param taskKey the step's element id in the model, e.g. {@code legalReview}
 * @param subjectKind {@code REAL_ESTATE}, {@code COPYRIGHT} or {@code INVESTOR}
 * @param amount the asset's declared value, or empty for an investor
 * @param requester who asked: the originator or the investor
 * @param firstTrusteeApprover who gave the first trustee approval (the four-eyes rule keeps them
 *     off the second), or null
 * @param asksForAppraisal the step is the independent valuation: approving needs the valuer's
 *     figure (and may carry the report)
 * @param mayOverrideValuation the step may replace the computed valuation, with a reason
 * @param fourEyesBlocked the viewer gave the first approval, so may not take this one
 */
public record ReviewTaskView(
    String taskId,
    String taskKey,
    String taskName,
    String processKey,
    String subjectId,
    String subjectTitle,
    String subjectKind,
    String subjectKindLabel,
    String amount,
    long tokensToIssue,
    String requester,
    String assignee,
    List<String> candidateGroups,
    Instant created,
    Instant due,
    boolean overdue,
    String firstTrusteeApprover,
    boolean asksForAppraisal,
    boolean mayOverrideValuation,
    boolean fourEyesBlocked) {

  /**
   * Whether the subject is an investor. Kept because the REST inbox has always carried it ({@code
   * investorReview}); screens and services do not branch on it.
   */
  public boolean isInvestorReview() {
    return "INVESTOR".equals(subjectKind);
  }
}
