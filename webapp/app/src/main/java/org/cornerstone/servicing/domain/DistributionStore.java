package org.cornerstone.servicing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where distributions and entitlements are kept (in the caller's transaction). */
public interface DistributionStore {
  /** A new distribution id, e.g. {@code DIST-000042}. */
  String nextId();

  void add(StoredDistribution distribution);

  Optional<StoredDistribution> find(String id);

  /** The distribution locked for the caller's transaction. */
  Optional<StoredDistribution> findForUpdate(String id);

  void update(StoredDistribution distribution);

  /** Whether the instrument already has a distribution for the period. */
  boolean exists(String instrumentId, String period);

  /** Every distribution of the instrument, oldest first (by record date, then id). */
  List<StoredDistribution> ofInstrument(String instrumentId);

  /** Distributions the payer reported, newest first. */
  List<StoredDistribution> ofPayer(String payer);

  /** Every distribution, newest first (trustees, administrators). */
  List<StoredDistribution> all();

  void addEntitlements(List<StoredEntitlement> entitlements);

  List<StoredEntitlement> entitlements(String distributionId);

  void update(StoredEntitlement entitlement);

  /** The holder's entitlements with a payment date in [from, to]. */
  List<StoredEntitlement> entitlementsOf(String holder, LocalDate from, LocalDate to);
}
