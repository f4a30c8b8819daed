package org.cornerstone.reports.issuance;

/**
 * A holder of the asset's tokens and how many whole tokens it holds.
 *
 * @param holderName the holder's (organisation or person) name as shown to people
 * @param quantity number of whole tokens, positive
 */
public record Holding(String holderName, long quantity) {

  /** Rejects a missing name and a quantity that is not positive. */
  public Holding {
    Checks.requiredText(holderName, "holding.holderName");
    if (quantity <= 0) {
      throw new IllegalArgumentException(
          "holding.quantity must be positive, was " + quantity + " for " + holderName);
    }
  }
}
