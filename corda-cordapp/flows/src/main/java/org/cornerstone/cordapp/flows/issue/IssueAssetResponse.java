package org.cornerstone.cordapp.flows.issue;

/** Result of {@link IssueAssetFlow}, returned to the REST client as JSON. */
public final class IssueAssetResponse {

  private final String transactionId;
  private final String assetId;
  private final long issuedQuantity;

  public IssueAssetResponse(String transactionId, String assetId, long issuedQuantity) {
    this.transactionId = transactionId;
    this.assetId = assetId;
    this.issuedQuantity = issuedQuantity;
  }

  public String getTransactionId() {
    return transactionId;
  }

  public String getAssetId() {
    return assetId;
  }

  public long getIssuedQuantity() {
    return issuedQuantity;
  }
}
