package org.cornerstone.trading.domain;

/** Where a trade's DvP settlement stands. */
public enum SettlementState {
  /** Matched, not yet settled. */
  PENDING,
  /** Settlement failed at least once and will be tried again. */
  RETRYING,
  /** Settled in one ledger transaction. */
  SETTLED,
  /** Kept failing: not settled, reservations kept until market operations retry it. */
  INCIDENT,
  /** A transfer rule refused it at settlement: not settled, reservations released. */
  REFUSED;

  public boolean open() {
    return this == PENDING || this == RETRYING;
  }
}
