package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.util.Optional;

/**
 * Filters for unconsumed states: by holder key (the state's {@code holderKey} property, else its
 * {@code holder} property if that is a key) and by asset id (its {@code assetId} property). Empty
 * means "any".
 */
public record StateQuery(Optional<PublicKey> holder, Optional<String> assetId) {

  public StateQuery {
    holder = holder == null ? Optional.empty() : holder;
    assetId = assetId == null ? Optional.empty() : assetId;
  }

  public static StateQuery any() {
    return new StateQuery(Optional.empty(), Optional.empty());
  }

  public static StateQuery heldBy(PublicKey holder) {
    return any().andHeldBy(holder);
  }

  public static StateQuery ofAsset(String assetId) {
    return any().andAsset(assetId);
  }

  public StateQuery andHeldBy(PublicKey key) {
    return new StateQuery(Optional.of(key), assetId);
  }

  public StateQuery andAsset(String id) {
    return new StateQuery(holder, Optional.of(id));
  }
}
