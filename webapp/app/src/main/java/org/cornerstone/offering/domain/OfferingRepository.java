package org.cornerstone.offering.domain;

import java.util.List;
import java.util.Optional;

/** Offerings and their subscriptions. */
public interface OfferingRepository {
  /** A new offering id, e.g. {@code OF-000042}. */
  String nextOfferingId();

  /** A new subscription id. */
  long nextSubscriptionId();

  void add(Offering offering);

  Optional<Offering> find(String offeringId);

  /** The offering, its row locked until the transaction ends (subscriptions vs. the close). */
  Optional<Offering> lock(String offeringId);

  /** Newest first. */
  List<Offering> all();

  List<Offering> ofInstrument(String instrumentId);

  void add(Subscription subscription);

  /** In subscription order (time, then id). */
  List<Subscription> subscriptions(String offeringId);

  Optional<Subscription> subscription(String offeringId, String investorUser, String key);

  Optional<Subscription> allocation(String offeringId, int allocationNumber);

  /** Newest first. */
  List<Subscription> subscriptionsOf(String investorUser);
}
