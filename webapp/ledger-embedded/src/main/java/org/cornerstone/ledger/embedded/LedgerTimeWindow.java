package org.cornerstone.ledger.embedded;

import java.time.Instant;
import java.util.Objects;
import net.corda.v5.ledger.utxo.TimeWindow;

/**
 * A time window in which the ledger accepts a transaction: {@code from} inclusive (null = no lower
 * bound), {@code until} exclusive.
 */
public record LedgerTimeWindow(Instant from, Instant until) implements TimeWindow {

  public LedgerTimeWindow {
    Objects.requireNonNull(until, "until");
    if (from != null && !from.isBefore(until)) {
      throw new IllegalArgumentException("A time window's start must be before its end");
    }
  }

  /** A window that ends at {@code until}. */
  public static LedgerTimeWindow until(Instant until) {
    return new LedgerTimeWindow(null, until);
  }

  /** A copy of any Corda time window. */
  public static LedgerTimeWindow of(TimeWindow window) {
    return window instanceof LedgerTimeWindow w
        ? w
        : new LedgerTimeWindow(window.getFrom(), window.getUntil());
  }

  @Override
  public Instant getFrom() {
    return from;
  }

  @Override
  public Instant getUntil() {
    return until;
  }

  @Override
  public boolean contains(Instant instant) {
    return (from == null || !instant.isBefore(from)) && instant.isBefore(until);
  }
}
