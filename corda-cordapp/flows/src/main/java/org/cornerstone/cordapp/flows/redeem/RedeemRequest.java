package org.cornerstone.cordapp.flows.redeem;

/**
 * Request body of {@link RedeemTokensFlow}, started on the holder's node: hand {@code quantity}
 * tokens of {@code instrumentId} back to {@code issuer}, which removes them from the supply.
 */
public final class RedeemRequest {

  private String requestId;
  private String instrumentId;
  private String issuer;
  private long quantity;
  private String notary;

  public RedeemRequest() {}

  public RedeemRequest(
      String requestId, String instrumentId, String issuer, long quantity, String notary) {
    this.requestId = requestId;
    this.instrumentId = instrumentId;
    this.issuer = issuer;
    this.quantity = quantity;
    this.notary = notary;
  }

  public String getRequestId() {
    return requestId;
  }

  public String getInstrumentId() {
    return instrumentId;
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
