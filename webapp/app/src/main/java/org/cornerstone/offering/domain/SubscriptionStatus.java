package org.cornerstone.offering.domain;

/** Where a subscription is: its cash reserved, then allocated or not, then settled. */
public enum SubscriptionStatus {
  /** Cash reserved; waiting for the close. */
  RESERVED,
  /** Tokens allocated (all or part); the cash for them stays reserved until settlement. */
  ALLOCATED,
  /** Nothing allocated; the reserved cash was released. */
  NOT_ALLOCATED,
  /** Tokens delivered and cash paid in one ledger transaction. */
  SETTLED
}
