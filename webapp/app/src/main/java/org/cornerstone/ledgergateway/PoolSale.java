package org.cornerstone.ledgergateway;

import static org.cornerstone.ledgergateway.Checks.positive;
import static org.cornerstone.ledgergateway.Checks.present;
import static org.cornerstone.ledgergateway.Checks.text;

import java.util.List;

/**
 * The true sale of a securitization's pool (issue 14): the seller moves {@code quantity} tokens of
 * each leg's instrument to the buyer (the deal's SPV) in one ledger transaction, both or neither.
 */
public record PoolSale(RequestKey requestKey, PartyName seller, PartyName buyer, List<Leg> legs) {
  /** One instrument of the pool: its issuer and how many tokens are sold. */
  public record Leg(String instrumentId, PartyName issuer, long quantity) {
    public Leg {
      text(instrumentId, "instrumentId");
      present(issuer, "issuer");
      positive(quantity, "quantity");
    }
  }

  public PoolSale {
    present(requestKey, "requestKey");
    present(seller, "seller");
    present(buyer, "buyer");
    present(legs, "legs");
    if (legs.isEmpty()) {
      throw new IllegalArgumentException("A pool sale needs at least one leg");
    }
    legs = List.copyOf(legs);
  }

  /** The tokens sold, all legs together. */
  public long totalQuantity() {
    long total = 0;
    for (Leg leg : legs) {
      total = Math.addExact(total, leg.quantity());
    }
    return total;
  }
}
