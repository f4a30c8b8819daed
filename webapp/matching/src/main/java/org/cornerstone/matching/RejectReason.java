package org.cornerstone.matching;

/** Why the engine refused a command. Stable codes: the UI and the REST API map them to messages. */
public enum RejectReason {
  /**
   * Trading in the instrument is halted: new orders and amendments are refused, cancels are not.
   */
  INSTRUMENT_HALTED,
  /** Order ids come from the durable order store's sequence and must increase. */
  ORDER_ID_NOT_INCREASING,
  OWNER_MISSING,
  PRICE_NOT_POSITIVE,
  /** The price is not a whole multiple of the instrument's tick size. */
  PRICE_NOT_ON_TICK,
  /** Above the reference price + band. */
  PRICE_ABOVE_BAND,
  /** Below the reference price − band. */
  PRICE_BELOW_BAND,
  QUANTITY_NOT_POSITIVE,
  /**
   * Above {@link MatchingEngine#MAX_QUANTITY} (10^12 tokens): keeps every sum of quantities on the
   * book far from {@code long} overflow.
   */
  QUANTITY_TOO_LARGE,
  /** The quantity is not a whole multiple of the instrument's lot size. */
  QUANTITY_NOT_LOT_MULTIPLE,
  /** A DAY order after the end of the trading day (or before any day was started). */
  DAY_SESSION_CLOSED,
  /**
   * Cancel or amend of an order that is not on the book (never was, filled, cancelled, expired).
   */
  UNKNOWN_ORDER,
  /** Cancel or amend by someone other than the order's owner. */
  NOT_ORDER_OWNER,
  /** An amendment that changes neither price nor quantity. */
  AMEND_NO_CHANGE
}
