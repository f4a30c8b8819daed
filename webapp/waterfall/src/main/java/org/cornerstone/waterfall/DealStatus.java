package org.cornerstone.waterfall;

/** Life cycle of a deal as the engine sees it (revolving periods are not modelled). */
public enum DealStatus {
  /** Closed, no payment date run yet. */
  CLOSING,
  /** Paying down with the pool's collections. */
  AMORTIZING,
  /**
   * An ACCELERATE trigger breached: all cash pays each tranche's interest then principal in turn.
   */
  ACCELERATED,
  /** The clean-up call was exercised: the pool was bought back, the deal pays out and stops. */
  CALLED,
  /** The pool is paid down to zero. */
  ENDED;

  public boolean isFinal() {
    return this == CALLED || this == ENDED;
  }
}
