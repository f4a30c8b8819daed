package org.cornerstone.origination.application;

import org.cornerstone.origination.domain.ReviewOutcome;

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
    DocumentUpload valuationReport,
    String valuationOverride,
    String overrideReason) {

  public static ReviewInput decision(ReviewOutcome decision, String comment) {
    return new ReviewInput(decision, comment, null, null, null, null);
  }
}
