package org.cornerstone.cordapp.flows.query;

/**
 * One holding as the REST client sees it: {@code quantity} whole tokens of the instrument held by
 * {@code holder} (X500 names as text), in the unconsumed state {@code stateRef}; {@code acquiredAt}
 * (ISO-8601, null when unknown) is when the holder acquired it (ADR 0008).
 */
public final class HoldingView {

  private final String stateRef;
  private final String instrumentId;
  private final String holder;
  private final String issuer;
  private final long quantity;
  private final boolean frozen;
  private final String acquiredAt;

  public HoldingView(
      String stateRef,
      String instrumentId,
      String holder,
      String issuer,
      long quantity,
      boolean frozen,
      String acquiredAt) {
    this.stateRef = stateRef;
    this.instrumentId = instrumentId;
    this.holder = holder;
    this.issuer = issuer;
    this.quantity = quantity;
    this.frozen = frozen;
    this.acquiredAt = acquiredAt;
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

  public String getAcquiredAt() {
    return acquiredAt;
  }
}
