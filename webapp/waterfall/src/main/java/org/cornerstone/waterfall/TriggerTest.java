package org.cornerstone.waterfall;

/** The four trigger tests; formulas and breach directions in docs/securitization/deal-file.md. */
public enum TriggerTest {
  /**
   * Overcollateralization: pool balance / balance of the tranche and all senior; breached below.
   */
  OC,
  /**
   * Interest coverage: (interest collections − senior fees due) / interest due on the tranche and
   * all senior; breached below.
   */
  IC,
  /** Cumulative losses / original pool balance; breached above. */
  CUMULATIVE_DEFAULT,
  /** Pool balance / original pool balance; breached below. */
  POOL_FACTOR
}
