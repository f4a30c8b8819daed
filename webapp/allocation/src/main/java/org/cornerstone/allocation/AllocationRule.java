package org.cornerstone.allocation;

/** How an oversubscribed offering's tokens are shared among its subscriptions. */
public enum AllocationRule {
  /**
   * In order of subscription time (then subscription id): each subscription gets what it asked for
   * while tokens remain; a subscription that could only be partly filled below the minimum gets
   * none and the next one is tried.
   */
  FIRST_COME,
  /**
   * In proportion to the quantity asked for, whole tokens, rounded by the largest remainder (see
   * {@link AllocationEngine}).
   */
  PRO_RATA
}
