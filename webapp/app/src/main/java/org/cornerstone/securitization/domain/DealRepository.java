package org.cornerstone.securitization.domain;

import java.util.List;
import java.util.Optional;

/** Where deals and their pool assets are kept. */
public interface DealRepository {
  Optional<Deal> find(String id);

  /** The deal, locked for the rest of the transaction (one change at a time per deal). */
  Optional<Deal> findForUpdate(String id);

  Optional<Deal> findByClientKey(String createdBy, String clientKey);

  List<Deal> all();

  boolean exists(String id);

  void add(Deal deal);

  List<PoolAsset> pool(String dealId);

  void add(PoolAsset asset);

  void remove(PoolAsset asset);
}
