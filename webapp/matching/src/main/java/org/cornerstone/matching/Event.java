package org.cornerstone.matching;

import java.time.Instant;

/** What the engine did, in the order it did it. */
public sealed interface Event {

  Instant at();

  /** The order passed every check; what follows (trades, resting, cancel) comes next. */
  record Accepted(
      Instant at,
      long orderId,
      String owner,
      Side side,
      long price,
      long quantity,
      TimeInForce timeInForce)
      implements Event {}

  /**
   * A command was refused; nothing changed. {@code orderId} is the order the command named (0 for
   * none).
   */
  record Rejected(Instant at, long orderId, RejectReason reason) implements Event {}

  /**
   * A match of two orders at the resting order's price. {@code tradeId} comes from the engine's own
   * sequence (1, 2, 3 … per instrument), so a replay gives the same ids.
   */
  record Trade(
      Instant at,
      long tradeId,
      long buyOrderId,
      String buyer,
      long sellOrderId,
      String seller,
      long price,
      long quantity,
      Side aggressorSide)
      implements Event {}

  /** The order left the book, or never rested, with {@code quantity} not filled. */
  record Cancelled(Instant at, long orderId, long quantity, CancelReason reason) implements Event {}

  /** A DAY order reached the end of the day with {@code quantity} not filled. */
  record Expired(Instant at, long orderId, long quantity) implements Event {}

  /**
   * The order now rests (or, after a crossing price change, matches first) at {@code price} with
   * {@code quantity} open; {@code priorityKept} tells whether it kept its place in the queue.
   */
  record Amended(Instant at, long orderId, long price, long quantity, boolean priorityKept)
      implements Event {}

  /** A new trading day started. */
  record DayStarted(Instant at, Instant endOfDay, long referencePrice) implements Event {}

  /** Trading was halted ({@code halted}) or resumed. */
  record StatusChanged(Instant at, boolean halted) implements Event {}
}
