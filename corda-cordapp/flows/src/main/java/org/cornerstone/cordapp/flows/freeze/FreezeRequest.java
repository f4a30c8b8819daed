package org.cornerstone.cordapp.flows.freeze;

/**
 * Request body of {@link FreezeHoldingFlow} and {@link UnfreezeHoldingFlow}, started on the
 * registrar's node: (un)freeze every holding of {@code instrumentId} that {@code holder} has,
 * recording {@code reason} (sanctions, dispute, court order) in the transaction.
 */
public final class FreezeRequest {

  private String requestId;
  private String instrumentId;
  private String issuer;
  private String holder;
  private String reason;
  private String notary;

  public FreezeRequest() {}

  public FreezeRequest(
      String requestId,
      String instrumentId,
      String issuer,
      String holder,
      String reason,
      String notary) {
    this.requestId = requestId;
    this.instrumentId = instrumentId;
    this.issuer = issuer;
    this.holder = holder;
    this.reason = reason;
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

  public String getHolder() {
    return holder;
  }

  public String getReason() {
    return reason;
  }

  public String getNotary() {
    return notary;
  }
}
