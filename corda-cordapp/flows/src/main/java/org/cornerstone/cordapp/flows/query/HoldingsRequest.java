package org.cornerstone.cordapp.flows.query;

/**
 * Request body of {@link ListHoldingsFlow}. Both fields are optional: {@code holder} defaults to
 * the node's own member, {@code assetId} to every instrument.
 */
public final class HoldingsRequest {

  private String holder;
  private String assetId;

  public HoldingsRequest() {}

  public HoldingsRequest(String holder, String assetId) {
    this.holder = holder;
    this.assetId = assetId;
  }

  public String getHolder() {
    return holder;
  }

  public String getAssetId() {
    return assetId;
  }
}
