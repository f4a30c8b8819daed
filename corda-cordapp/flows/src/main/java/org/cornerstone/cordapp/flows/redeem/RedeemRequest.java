package org.cornerstone.cordapp.flows.redeem;

/**
 * Request body of {@link RedeemTokensFlow}, started on the holder's node: hand {@code quantity}
 * tokens of {@code assetId} back to {@code issuer}, which removes them from the supply.
 */
public final class RedeemRequest {

  private String requestId;
  private String assetId;
  private String issuer;
  private long quantity;
  private String notary;

  public RedeemRequest() {}

  public RedeemRequest(
      String requestId, String assetId, String issuer, long quantity, String notary) {
    this.requestId = requestId;
    this.assetId = assetId;
    this.issuer = issuer;
    this.quantity = quantity;
    this.notary = notary;
  }

  public String getRequestId() {
    return requestId;
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

  public String getNotary() {
    return notary;
  }
}
