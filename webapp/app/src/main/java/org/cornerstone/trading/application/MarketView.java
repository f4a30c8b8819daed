package org.cornerstone.trading.application;

import java.util.List;

/**
 * What the market screen shows for one instrument.
 *
 * @param status {@code OPEN}, {@code HALTED} or {@code PAUSED}
 * @param tickSize the smallest price step, decimal text
 * @param lotSize orders are in multiples of this many tokens
 * @param referencePrice the centre of the price band, decimal text
 * @param bandPercent orders priced more than this many percent away from the reference are refused
 * @param bids best first (highest price); {@code asks} best first (lowest price)
 * @param lastTrades newest first
 * @param chart oldest first
 * @param rules the instrument's transfer rules in words, one line each
 * @param statusReason the halt or pause reason, null when {@code OPEN}
 * @param fee the buyer's fee schedule in words, e.g. {@code 5 bps (0.05 %), min 1.00} (rounded
 *     HALF_UP to the minor unit); null when not known
 */
public record MarketView(
    String instrumentId,
    String assetTitle,
    String currency,
    String status,
    String tickSize,
    long lotSize,
    String referencePrice,
    int bandPercent,
    List<PriceLevel> bids,
    List<PriceLevel> asks,
    List<TradeView> lastTrades,
    List<PricePoint> chart,
    List<RuleLine> rules,
    String statusReason,
    String fee) {

  /** A market whose fee schedule is not shown. */
  public MarketView(
      String instrumentId,
      String assetTitle,
      String currency,
      String status,
      String tickSize,
      long lotSize,
      String referencePrice,
      int bandPercent,
      List<PriceLevel> bids,
      List<PriceLevel> asks,
      List<TradeView> lastTrades,
      List<PricePoint> chart,
      List<RuleLine> rules,
      String statusReason) {
    this(
        instrumentId,
        assetTitle,
        currency,
        status,
        tickSize,
        lotSize,
        referencePrice,
        bandPercent,
        bids,
        asks,
        lastTrades,
        chart,
        rules,
        statusReason,
        null);
  }
}
