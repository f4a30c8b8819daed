package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.util.Optional;

/**
 * Filters for unconsumed states: by holder key (the state's {@code holderKey} property, else its
 * {@code holder} property if that is a key) and by instrument id (its {@code instrumentId}
 * property). Empty means "any".
 */
public record StateQuery(Optional<PublicKey> holder, Optional<String> instrumentId) {

  public StateQuery {
    holder = holder == null ? Optional.empty() : holder;
    instrumentId = instrumentId == null ? Optional.empty() : instrumentId;
  }

  public static StateQuery any() {
    return new StateQuery(Optional.empty(), Optional.empty());
  }

  public static StateQuery heldBy(PublicKey holder) {
    return any().andHeldBy(holder);
  }

  /** States of instrument {@code instrumentId}. */
  public static StateQuery ofInstrument(String instrumentId) {
    return any().andInstrument(instrumentId);
  }

  public StateQuery andHeldBy(PublicKey key) {
    return new StateQuery(Optional.of(key), instrumentId);
  }

  /** This query, narrowed to instrument {@code id}. */
  public StateQuery andInstrument(String id) {
    return new StateQuery(holder, Optional.of(id));
  }
}
