package org.cornerstone.review.domain;

/** What a person decided on a workflow task. */
public enum ReviewOutcome {
  APPROVE("Approved"),
  SEND_BACK("Sent back"),
  REJECT("Rejected"),
  RESUBMIT("Resubmitted");

  private final String label;

  ReviewOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
