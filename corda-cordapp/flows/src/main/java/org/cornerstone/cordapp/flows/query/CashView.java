package org.cornerstone.cordapp.flows.query;

/** One cash holding as the REST client sees it; amount in minor units. */
public final class CashView {

  private final String stateRef;
  private final String currency;
  private final String holder;
  private final String issuer;
  private final long amount;

  public CashView(String stateRef, String currency, String holder, String issuer, long amount) {
    this.stateRef = stateRef;
    this.currency = currency;
    this.holder = holder;
    this.issuer = issuer;
    this.amount = amount;
  }

  public String getStateRef() {
    return stateRef;
  }

  public String getCurrency() {
    return currency;
  }

  public String getHolder() {
    return holder;
  }

  public String getIssuer() {
    return issuer;
  }

  public long getAmount() {
    return amount;
  }
}
