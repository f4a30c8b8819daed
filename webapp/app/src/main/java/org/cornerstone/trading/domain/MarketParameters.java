package org.cornerstone.trading.domain;

/**
 * The parameters market operations set for an instrument's market: tick size and minimum fee in
 * minor units of its currency, lot size in tokens, price band in % of the reference price, fee in
 * basis points of the notional.
 */
public record MarketParameters(
    long tickMinor, long lotSize, int bandPercent, int feeBps, long feeMinMinor) {

  public FeeSchedule fees() {
    return new FeeSchedule(feeBps, feeMinMinor);
  }
}
