package org.cornerstone.trading.domain;

import java.time.Instant;

/**
 * One instrument's market: status, rules, fee schedule and the version of its book.
 *
 * @param feeBps the buyer's trading fee in basis points of the notional (see {@link FeeSchedule})
 * @param feeMinMinor the minimum fee of an order that trades, minor units
 */
public record MarketState(
    String instrumentId,
    boolean halted,
    String haltReason,
    String currency,
    long tickMinor,
    long lotSize,
    long referencePriceMinor,
    int bandPercent,
    long bookVersion,
    Instant dayStart,
    int feeBps,
    long feeMinMinor) {

  /** A market with the default fee schedule ({@link FeeSchedule#DEFAULT}). */
  public MarketState(
      String instrumentId,
      boolean halted,
      String haltReason,
      String currency,
      long tickMinor,
      long lotSize,
      long referencePriceMinor,
      int bandPercent,
      long bookVersion,
      Instant dayStart) {
    this(
        instrumentId,
        halted,
        haltReason,
        currency,
        tickMinor,
        lotSize,
        referencePriceMinor,
        bandPercent,
        bookVersion,
        dayStart,
        FeeSchedule.DEFAULT.bps(),
        FeeSchedule.DEFAULT.minMinor());
  }

  public MarketRules rules(int currencyDigits) {
    return new MarketRules(tickMinor, lotSize, referencePriceMinor, bandPercent, currencyDigits);
  }

  /** The buyer's fee schedule of this market. */
  public FeeSchedule fees() {
    return new FeeSchedule(feeBps, feeMinMinor);
  }

  public MarketParameters parameters() {
    return new MarketParameters(tickMinor, lotSize, bandPercent, feeBps, feeMinMinor);
  }
}
