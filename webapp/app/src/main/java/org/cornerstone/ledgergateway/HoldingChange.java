package org.cornerstone.ledgergateway;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One transaction in a holder's history of an instrument: what it did (its commands, e.g. {@code
 * Issue}, {@code Move}, {@code Freeze}) and how it changed the holder's quantity (negative when
 * tokens left; zero when it only froze or unfroze them).
 */
public record HoldingChange(
    String transactionId, Instant committedAt, List<String> commands, long quantityChange) {
  public HoldingChange {
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(committedAt, "committedAt");
    commands = List.copyOf(commands);
  }
}
