package org.cornerstone.trading.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.cornerstone.trading.domain.StoredOrder;

/**
 * An order as screens and the API see it. Amounts are decimals as text next to exact minor units.
 *
 * @param status {@code OPEN}, {@code PARTIALLY_FILLED}, {@code FILLED}, {@code CANCELLED}, {@code
 *     EXPIRED} or {@code REJECTED}
 * @param rejectReason why the engine refused or ended it (a stable code such as {@code
 *     PRICE_OUTSIDE_BAND}), null otherwise
 * @param reservedAmount cash (buy) still reserved, as decimal text; null for a sell
 * @param reservedQuantity tokens (sell) still reserved; 0 for a buy
 */
public record OrderView(
    long orderId,
    String instrumentId,
    String owner,
    String side,
    String price,
    long priceMinor,
    String currency,
    long quantity,
    long openQuantity,
    long filledQuantity,
    String timeInForce,
    String status,
    String rejectReason,
    String reservedAmount,
    long reservedQuantity,
    Instant enteredAt,
    Instant updatedAt) {

  /** The stored order in its market's {@code currency}. */
  static OrderView of(StoredOrder o, String currency) {
    return of(o, currency, Math.multiplyExact(o.priceMinor(), o.openQuantity()));
  }

  /**
   * The order; {@code reservedCashMinor}: what a live buy order reserves (limit × open quantity and
   * the fee it keeps for it, see BuyerFees).
   */
  static OrderView of(StoredOrder o, String currency, long reservedCashMinor) {
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    boolean live = o.status().live();
    return new OrderView(
        o.id(),
        o.instrumentId(),
        o.ownerUser(),
        o.side(),
        BigDecimal.valueOf(o.priceMinor(), digits).toPlainString(),
        o.priceMinor(),
        currency,
        o.quantity(),
        o.openQuantity(),
        o.filledQuantity(),
        o.timeInForce(),
        o.status().shown(),
        o.rejectReason(),
        o.buy() ? BigDecimal.valueOf(live ? reservedCashMinor : 0, digits).toPlainString() : null,
        !o.buy() && live ? o.openQuantity() : 0,
        o.enteredAt(),
        o.updatedAt());
  }
}
