package org.cornerstone.matching;

/** How long an order may stay on the book. */
public enum TimeInForce {
  /** Good till cancelled: rests until filled or cancelled. */
  GTC,
  /** Rests until filled, cancelled, or the end of the trading day the engine was given. */
  DAY,
  /** Immediate or cancel: matches what it can at once; the remainder is cancelled, never rests. */
  IOC,
  /** Fill or kill: fills completely at once or not at all; never rests. */
  FOK;

  /** Whether an order with this time in force may rest on the book. */
  public boolean rests() {
    return this == GTC || this == DAY;
  }
}
