package org.cornerstone.origination.domain;

/**
 * How risky the underlying asset is; with the asset kind it sets the loan-to-value share that may
 * be tokenized (decision table {@code tokenization-cap}).
 */
public enum RiskClass {
  LOW,
  MEDIUM,
  HIGH;

  /**
   * A copyright's risk class from the length of its royalty record: three years or more is LOW, two
   * years MEDIUM, anything shorter HIGH.
   */
  public static RiskClass ofRoyaltyHistory(int months) {
    if (months >= 36) {
      return LOW;
    }
    return months >= 24 ? MEDIUM : HIGH;
  }
}
