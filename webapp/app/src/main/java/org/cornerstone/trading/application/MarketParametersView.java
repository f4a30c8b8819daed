package org.cornerstone.trading.application;

import java.time.Instant;
import java.util.List;

/**
 * A market's parameters now and every change of them, newest first. Amounts are decimal text in the
 * instrument's currency.
 *
 * @param fee the schedule in words, e.g. {@code 5 bps (0.05 %)}; the fee is rounded HALF_UP to the
 *     minor unit
 */
public record MarketParametersView(
    String instrumentId,
    String currency,
    String tickSize,
    long lotSize,
    int bandPercent,
    int feeBps,
    String minFee,
    String fee,
    List<Change> changes) {

  /** One change: who, when, old → new (each field), why. */
  public record Change(
      String changedBy,
      Instant changedAt,
      String oldTickSize,
      String newTickSize,
      long oldLotSize,
      long newLotSize,
      int oldBandPercent,
      int newBandPercent,
      int oldFeeBps,
      int newFeeBps,
      String oldMinFee,
      String newMinFee,
      String reason) {}
}
