package org.cornerstone.cordapp.flows.issue;

/** Result of {@link IssueAssetFlow}, returned to the REST client as JSON. */
public final class IssueAssetResponse {

  private final String transactionId;
  private final String assetId;
  private final String instrumentId;
  private final long issuedQuantity;

  public IssueAssetResponse(
      String transactionId, String assetId, String instrumentId, long issuedQuantity) {
    this.transactionId = transactionId;
    this.assetId = assetId;
    this.instrumentId = instrumentId;
    this.issuedQuantity = issuedQuantity;
  }

  public String getTransactionId() {
    return transactionId;
  }

  public String getAssetId() {
    return assetId;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public long getIssuedQuantity() {
    return issuedQuantity;
  }
}
