package org.cornerstone.cordapp.flows.freeze;

/** Result of a freeze or unfreeze: how many tokens of the holder changed state. */
public final class FreezeResponse {

  private final String transactionId;
  private final String assetId;
  private final String holder;
  private final long quantity;
  private final boolean frozen;

  public FreezeResponse(
      String transactionId, String assetId, String holder, long quantity, boolean frozen) {
    this.transactionId = transactionId;
    this.assetId = assetId;
    this.holder = holder;
    this.quantity = quantity;
    this.frozen = frozen;
  }

  public String getTransactionId() {
    return transactionId;
  }

  public String getAssetId() {
    return assetId;
  }

  public String getHolder() {
    return holder;
  }

  public long getQuantity() {
    return quantity;
  }

  public boolean isFrozen() {
    return frozen;
  }
}
