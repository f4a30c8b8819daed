package org.cornerstone.review.application;

import org.cornerstone.review.domain.ReviewOutcome;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.shared.documents.FileUpload;

/**
 * What a reviewer submits to complete a task. Figures arrive as text, so that every problem gets
 * the same clear message in the browser and the API.
 *
 * @param appraisedValue the valuer's figure (independent valuation only)
 * @param valuationReport the valuer's report (independent valuation only; optional)
 * @param valuationOverride a trustee's replacement for the computed copyright valuation (first
 *     trustee approval of a copyright only; optional)
 * @param overrideReason why the trustee overrides (required with an override)
 */
public record ReviewInput(
    ReviewOutcome decision,
    String comment,
    String appraisedValue,
    FileUpload valuationReport,
    String valuationOverride,
    String overrideReason) {

  public static ReviewInput decision(ReviewOutcome decision, String comment) {
    return new ReviewInput(decision, comment, null, null, null, null);
  }

  public boolean approves() {
    return decision == ReviewOutcome.APPROVE;
  }

  public boolean sendsBack() {
    return decision == ReviewOutcome.SEND_BACK;
  }

  /**
   * Refuses what a plain decision step cannot take: figures (asset steps only) and, with {@code
   * noSendBack} as the message, a send-back. Approve or reject passes.
   */
  public void requirePlainDecision(String noSendBack) {
    if (carriesFigures()) {
      throw new ValidationException(ReviewService.OVERRIDE_NOT_ALLOWED);
    }
    if (sendsBack()) {
      throw new ValidationException(noSendBack);
    }
  }

  /** Whether the input carries a valuation figure, report or override (asset steps only). */
  public boolean carriesFigures() {
    return (valuationOverride != null && !valuationOverride.isBlank())
        || (appraisedValue != null && !appraisedValue.isBlank())
        || valuationReport != null;
  }
}
