package org.cornerstone.trading.domain;

import java.time.Instant;

/** One instrument's market: status, rules and the version of its book. */
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
    Instant dayStart) {

  public MarketRules rules(int currencyDigits) {
    return new MarketRules(tickMinor, lotSize, referencePriceMinor, bandPercent, currencyDigits);
  }
}
