package org.cornerstone.ledgergateway;

import java.util.Objects;

/**
 * How many whole tokens of one instrument one holder has (its unconsumed token states summed), and
 * how many of them are frozen.
 */
public record Holding(String instrumentId, PartyName holder, long quantity, long frozenQuantity) {
  public Holding {
    Objects.requireNonNull(instrumentId, "instrumentId");
    Objects.requireNonNull(holder, "holder");
    if (quantity < 0 || frozenQuantity < 0 || frozenQuantity > quantity) {
      throw new IllegalArgumentException(
          "A holding needs 0 <= frozen <= quantity, not " + frozenQuantity + " of " + quantity);
    }
  }

  /** What the holder may move: the quantity that is not frozen. */
  public long unfrozenQuantity() {
    return quantity - frozenQuantity;
  }
}
