package org.cornerstone.cordapp.flows.transfer;

/**
 * Request body of {@link ForcedTransferFlow}, started on the registrar's node: move {@code
 * quantity} of {@code holder}'s tokens to {@code receiver} without the holder's signature (court
 * order, lost keys). {@code reason} is recorded in the transaction. {@code carryFreeze} (optional,
 * default false; a recovery to a new identity sets it): the holder's frozen tokens stay frozen on
 * the receiver, in the same transaction ({@code ForcedTransferPlan}).
 */
public final class ForcedTransferRequest {

  private String requestId;
  private String instrumentId;
  private String issuer;
  private String holder;
  private String receiver;
  private long quantity;
  private String reason;
  private String notary;
  private boolean carryFreeze;

  public ForcedTransferRequest() {}

  public ForcedTransferRequest(
      String requestId,
      String instrumentId,
      String issuer,
      String holder,
      String receiver,
      long quantity,
      String reason,
      String notary,
      boolean carryFreeze) {
    this(requestId, instrumentId, issuer, holder, receiver, quantity, reason, notary);
    this.carryFreeze = carryFreeze;
  }

  public ForcedTransferRequest(
      String requestId,
      String instrumentId,
      String issuer,
      String holder,
      String receiver,
      long quantity,
      String reason,
      String notary) {
    this.requestId = requestId;
    this.instrumentId = instrumentId;
    this.issuer = issuer;
    this.holder = holder;
    this.receiver = receiver;
    this.quantity = quantity;
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

  public String getReceiver() {
    return receiver;
  }

  public long getQuantity() {
    return quantity;
  }

  public String getReason() {
    return reason;
  }

  public String getNotary() {
    return notary;
  }

  public boolean isCarryFreeze() {
    return carryFreeze;
  }
}
