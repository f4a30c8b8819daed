package org.cornerstone.cordapp.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The time window a plan's transaction is notarised in: {@code from} inclusive, {@code until}
 * exclusive. A receiver's holding carries {@code until} as its {@code acquiredAt} (the latest
 * instant the transaction can have been notarised); the registrar checks a seller's holding period
 * against {@code from} (the earliest). See ADR 0008.
 */
public record PlanWindow(Instant from, Instant until) {

  /** How far around the initiator's clock a transfer's window reaches: one minute each way. */
  public static final Duration TRANSFER_MARGIN = Duration.ofMinutes(1);

  public PlanWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (!from.isBefore(until)) {
      throw new IllegalArgumentException("A time window's start must be before its end");
    }
  }

  /** {@code [now - margin, now + margin)}. */
  public static PlanWindow around(Instant now, Duration margin) {
    return new PlanWindow(now.minus(margin), now.plus(margin));
  }

  /** The window of a transfer, DvP or issuance started at {@code now}. */
  public static PlanWindow transfer(Instant now) {
    return around(now, TRANSFER_MARGIN);
  }
}
