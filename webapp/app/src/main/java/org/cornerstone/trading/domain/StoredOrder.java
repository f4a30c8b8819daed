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

  /**
   * This order after a fill, an end or a re-opening: its state, quantities and reason at {@code
   * at}.
   */
  public StoredOrder withState(
      OrderStatus newStatus, long open, long filled, String reason, Instant at) {
    return new StoredOrder(
        id,
        instrumentId,
        ownerUser,
        ownerParty,
        side,
        priceMinor,
        quantity,
        open,
        filled,
        timeInForce,
        newStatus,
        reason,
        clientOrderKey,
        prioritySeq,
        reservationKey,
        reservationGen,
        enteredAt,
        at);
  }

  /**
   * This order amended to {@code price} and {@code open} tokens still open: its quantity becomes
   * what it filled plus what is open.
   */
  public StoredOrder amended(long price, long open, Instant at) {
    return new StoredOrder(
        id,
        instrumentId,
        ownerUser,
        ownerParty,
        side,
        price,
        filledQuantity + open,
        open,
        filledQuantity,
        timeInForce,
        status,
        rejectReason,
        clientOrderKey,
        prioritySeq,
        reservationKey,
        reservationGen,
        enteredAt,
        at);
  }

  /** This order with its place in the instrument's price-time queue ({@code null}: not resting). */
  public StoredOrder withPriority(Long priority) {
    return new StoredOrder(
        id,
        instrumentId,
        ownerUser,
        ownerParty,
        side,
        priceMinor,
        quantity,
        openQuantity,
        filledQuantity,
        timeInForce,
        status,
        rejectReason,
        clientOrderKey,
        priority,
        reservationKey,
        reservationGen,
        enteredAt,
        updatedAt);
  }

  /**
   * This order holding the reservation {@code key} of generation {@code gen} ({@code null}: none).
   */
  public StoredOrder withReservation(String key, int gen) {
    return new StoredOrder(
        id,
        instrumentId,
        ownerUser,
        ownerParty,
        side,
        priceMinor,
        quantity,
        openQuantity,
        filledQuantity,
        timeInForce,
        status,
        rejectReason,
        clientOrderKey,
        prioritySeq,
        key,
        gen,
        enteredAt,
        updatedAt);
  }

  /** The key of the order's reservation of generation {@code gen}: {@code order-ID.gGEN}. */
  public static String reservationKey(long orderId, int gen) {
    return "order-" + orderId + ".g" + gen;
  }
}
