package org.cornerstone.cordapp.flows.transfer;

/**
 * Request body of {@link TransferTokensFlow}, started on the sending holder's node: move {@code
 * quantity} tokens of {@code instrumentId} (issued by {@code issuer}) to {@code receiver}. The
 * no-arg constructor is for Corda's JSON marshalling service (see IssueAssetRequest).
 */
public final class TransferRequest {

  private String requestId;
  private String instrumentId;
  private String issuer;
  private String receiver;
  private long quantity;
  private String notary;

  public TransferRequest() {}

  public TransferRequest(
      String requestId,
      String instrumentId,
      String issuer,
      String receiver,
      long quantity,
      String notary) {
    this.requestId = requestId;
    this.instrumentId = instrumentId;
    this.issuer = issuer;
    this.receiver = receiver;
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

  public String getReceiver() {
    return receiver;
  }

  public long getQuantity() {
    return quantity;
  }

  public String getNotary() {
    return notary;
  }
}
