package org.cornerstone.cordapp.flows.query;

import java.util.List;

/** Result of {@link ListHoldingsFlow}: the holder's unconsumed holdings and cash. */
public final class HoldingsResponse {

  private final String holder;
  private final List<HoldingView> holdings;
  private final List<CashView> cash;

  public HoldingsResponse(String holder, List<HoldingView> holdings, List<CashView> cash) {
    this.holder = holder;
    this.holdings = holdings;
    this.cash = cash;
  }

  public String getHolder() {
    return holder;
  }

  public List<HoldingView> getHoldings() {
    return holdings;
  }

  public List<CashView> getCash() {
    return cash;
  }
}
