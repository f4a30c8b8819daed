package org.cornerstone.party.domain;

/**
 * Where an investor stands in onboarding. REGISTERED → PROFILE_SUBMITTED (waiting for compliance) →
 * IN_COMPLIANCE_REVIEW (a compliance officer took the review) → ELIGIBLE or REJECTED, or SENT_BACK
 * to the investor for more documents, from where a new submission returns to PROFILE_SUBMITTED.
 */
public enum InvestorStatus {
  REGISTERED("Registered: profile and identity documents needed"),
  PROFILE_SUBMITTED("Submitted, waiting for compliance"),
  IN_COMPLIANCE_REVIEW("In compliance review"),
  SENT_BACK("Sent back: more information needed"),
  ELIGIBLE("Eligible"),
  REJECTED("Rejected");

  private final String label;

  InvestorStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isFinal() {
    return this == ELIGIBLE || this == REJECTED;
  }
}
