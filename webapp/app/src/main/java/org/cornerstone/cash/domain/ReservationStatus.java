package org.cornerstone.cash.domain;

/** Where a reservation of cash stands. Only {@link #ACTIVE} ones lower the available cash. */
public enum ReservationStatus {
  /** The cash is promised and not available for anything else. */
  ACTIVE,
  /** The promise was withdrawn (order cancelled, withdrawal rejected): the cash is available. */
  RELEASED,
  /** The cash was spent by a ledger transaction that committed (settlement, redemption). */
  CONSUMED
}
