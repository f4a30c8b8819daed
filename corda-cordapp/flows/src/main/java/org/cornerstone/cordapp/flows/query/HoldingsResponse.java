package org.cornerstone.cordapp.flows.query;

import java.util.List;

/**
 * Result of {@link ListHoldingsFlow}: unconsumed holdings and cash, each naming its holder. {@code
 * holder} and {@code instrumentId} echo the request's filters (null when not filtered).
 */
public final class HoldingsResponse {

  private final String holder;
  private final String instrumentId;
  private final List<HoldingView> holdings;
  private final List<CashView> cash;

  public HoldingsResponse(
      String holder, String instrumentId, List<HoldingView> holdings, List<CashView> cash) {
    this.holder = holder;
    this.instrumentId = instrumentId;
    this.holdings = holdings;
    this.cash = cash;
  }

  public String getHolder() {
    return holder;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public List<HoldingView> getHoldings() {
    return holdings;
  }

  public List<CashView> getCash() {
    return cash;
  }
}
