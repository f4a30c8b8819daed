package org.cornerstone.cordapp.flows.query;

/** One holding as the REST client sees it. */
public final class HoldingView {

  private final String stateRef;
  private final String assetId;
  private final String issuer;
  private final long quantity;
  private final boolean frozen;

  public HoldingView(
      String stateRef, String assetId, String issuer, long quantity, boolean frozen) {
    this.stateRef = stateRef;
    this.assetId = assetId;
    this.issuer = issuer;
    this.quantity = quantity;
    this.frozen = frozen;
  }

  public String getStateRef() {
    return stateRef;
  }

  public String getAssetId() {
    return assetId;
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
