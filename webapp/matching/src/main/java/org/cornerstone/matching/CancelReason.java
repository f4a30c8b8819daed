package org.cornerstone.matching;

/** Why an order left the book (or never rested) without being filled completely. */
public enum CancelReason {
  /** Its owner cancelled it. */
  REQUESTED,
  /** Market operations cancelled every order of the instrument. */
  OPERATOR,
  /** The part of an IOC order that could not be matched at once. */
  IOC_REMAINDER,
  /** A FOK order that could not be filled completely at once (nothing was traded). */
  FOK_NOT_FILLABLE,
  /**
   * Self-trade prevention: an incoming order of the same owner would have matched this resting
   * order, so the resting order was cancelled (policy "cancel resting") and matching went on.
   */
  SELF_TRADE_PREVENTED
}
