package org.cornerstone.offering.domain;

/** Where an offering is in its life. */
public enum OfferingStatus {
  /** Waiting for a trustee to approve its terms. */
  PENDING_APPROVAL,
  /** Accepting subscriptions until the close. */
  OPEN,
  /** The trustee refused the terms. */
  REJECTED,
  /** Closed and allocated; allocations settling. */
  CLOSED,
  /** Every allocation settled on the ledger. */
  SETTLED
}
