package org.cornerstone.matching;

import java.util.List;

/** Read models of a book. */
public final class BookView {

  private BookView() {}

  /** One price level: the open quantity of its orders and how many there are. */
  public record PriceLevel(long price, long quantity, int orders) {}

  /** The best levels of each side, best first. */
  public record Depth(List<PriceLevel> bids, List<PriceLevel> asks) {}

  /** An order resting on the book. */
  public record RestingOrder(
      long orderId, String owner, Side side, long price, long quantity, TimeInForce timeInForce) {}

  /**
   * The complete state of a book: every resting order in priority order, and the engine's sequences
   * and session. Two engines with equal snapshots behave the same from then on.
   */
  public record Snapshot(
      List<RestingOrder> bids,
      List<RestingOrder> asks,
      long lastOrderId,
      long lastTradeId,
      long referencePrice,
      java.time.Instant endOfDay,
      boolean halted,
      java.time.Instant now) {}
}
