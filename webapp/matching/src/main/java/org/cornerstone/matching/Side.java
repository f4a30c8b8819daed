package org.cornerstone.matching;

/** The side of an order: a buy (bid) or a sell (ask). */
public enum Side {
  BUY,
  SELL;

  public Side opposite() {
    return this == BUY ? SELL : BUY;
  }
}
