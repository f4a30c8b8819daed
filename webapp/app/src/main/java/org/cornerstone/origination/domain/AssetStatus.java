package org.cornerstone.origination.domain;

/** Where an asset stands on its way from submission to issued tokens. */
public enum AssetStatus {
  SUBMITTED("Submitted"),
  IN_REVIEW("In due diligence"),
  SENT_BACK("Sent back to the originator"),
  APPROVED("Approved, tokens being issued"),
  TOKENIZED("Tokenized"),
  REJECTED("Rejected");

  private final String label;

  AssetStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isFinal() {
    return this == TOKENIZED || this == REJECTED;
  }
}
