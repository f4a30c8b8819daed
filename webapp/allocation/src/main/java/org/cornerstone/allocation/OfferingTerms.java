package org.cornerstone.allocation;

import java.util.Objects;

/**
 * What the engine needs of an offering.
 *
 * @param quantityOffered tokens for sale
 * @param pricePerTokenMinorUnits the price of one token in minor units (fen, cents) of the currency
 * @param minimumSubscription the fewest tokens a subscription may ask for and be allocated (1 = no
 *     minimum): an allocation is either 0 or at least this
 */
public record OfferingTerms(
    long quantityOffered,
    long pricePerTokenMinorUnits,
    long minimumSubscription,
    AllocationRule rule) {
  public OfferingTerms {
    Objects.requireNonNull(rule, "rule");
    if (quantityOffered <= 0) {
      throw new IllegalArgumentException("The quantity offered must be positive");
    }
    if (pricePerTokenMinorUnits <= 0) {
      throw new IllegalArgumentException("The price per token must be positive");
    }
    if (minimumSubscription <= 0) {
      throw new IllegalArgumentException("The minimum subscription must be positive");
    }
  }
}
