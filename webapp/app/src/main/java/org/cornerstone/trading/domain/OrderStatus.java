package org.cornerstone.trading.domain;

/** Where an order stands. {@link #PENDING} is durable but not yet matched (shown as OPEN). */
public enum OrderStatus {
  PENDING,
  OPEN,
  PARTIALLY_FILLED,
  FILLED,
  CANCELLED,
  EXPIRED,
  REJECTED;

  /** Whether the order still rests on the book (or waits to be matched). */
  public boolean live() {
    return this == PENDING || this == OPEN || this == PARTIALLY_FILLED;
  }

  /** The status screens and the API show. */
  public String shown() {
    return this == PENDING ? OPEN.name() : name();
  }
}
