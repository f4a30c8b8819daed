package org.cornerstone.securitization.domain;

/** How often the deal pays its tranche holders, as the deal file names it. */
public enum PaymentFrequency {
  MONTHLY(12),
  QUARTERLY(4),
  SEMI_ANNUAL(2),
  ANNUAL(1);

  private final int perYear;

  PaymentFrequency(int perYear) {
    this.perYear = perYear;
  }

  /** Payment dates per year. */
  public int perYear() {
    return perYear;
  }
}
