package org.cornerstone.trading.domain;

import java.time.Instant;

/** An order as the store keeps it. Prices in minor units. */
public record StoredOrder(
    long id,
    String instrumentId,
    String ownerUser,
    String ownerParty,
    String side,
    long priceMinor,
    long quantity,
    long openQuantity,
    long filledQuantity,
    String timeInForce,
    OrderStatus status,
    String rejectReason,
    String clientOrderKey,
    Long prioritySeq,
    String reservationKey,
    int reservationGen,
    Instant enteredAt,
    Instant updatedAt) {

  public boolean buy() {
    return "BUY".equals(side);
  }

  /** The key of the order's reservation of generation {@code gen}: {@code order-ID.gGEN}. */
  public static String reservationKey(long orderId, int gen) {
    return "order-" + orderId + ".g" + gen;
  }
}
