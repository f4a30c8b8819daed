package org.cornerstone.waterfall;

/**
 * How often the deal pays; interest for a period is the annual rate divided by periods per year.
 */
public enum PaymentFrequency {
  MONTHLY(12),
  QUARTERLY(4),
  SEMI_ANNUAL(2),
  ANNUAL(1);

  private final int periodsPerYear;

  PaymentFrequency(int periodsPerYear) {
    this.periodsPerYear = periodsPerYear;
  }

  public int periodsPerYear() {
    return periodsPerYear;
  }

  public int monthsPerPeriod() {
    return 12 / periodsPerYear;
  }
}
