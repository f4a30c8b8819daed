package org.cornerstone.cordapp.flows.query;

/**
 * One holding as the REST client sees it: {@code quantity} whole tokens of the instrument held by
 * {@code holder} (X500 names as text), in the unconsumed state {@code stateRef}.
 */
public final class HoldingView {

  private final String stateRef;
  private final String instrumentId;
  private final String holder;
  private final String issuer;
  private final long quantity;
  private final boolean frozen;

  public HoldingView(
      String stateRef,
      String instrumentId,
      String holder,
      String issuer,
      long quantity,
      boolean frozen) {
    this.stateRef = stateRef;
    this.instrumentId = instrumentId;
    this.holder = holder;
    this.issuer = issuer;
    this.quantity = quantity;
    this.frozen = frozen;
  }

  public String getStateRef() {
    return stateRef;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public String getHolder() {
    return holder;
  }

  public String getIssuer() {
    return issuer;
  }

  public long getQuantity() {
    return quantity;
  }

  public boolean isFrozen() {
    return frozen;
  }
}
