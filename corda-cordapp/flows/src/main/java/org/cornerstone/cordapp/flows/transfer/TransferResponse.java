package org.cornerstone.cordapp.flows.transfer;

/** Result of a transfer or forced transfer, returned as JSON. */
public final class TransferResponse {

  private final String transactionId;
  private final String instrumentId;
  private final String receiver;
  private final long quantity;

  public TransferResponse(
      String transactionId, String instrumentId, String receiver, long quantity) {
    this.transactionId = transactionId;
    this.instrumentId = instrumentId;
    this.receiver = receiver;
    this.quantity = quantity;
  }

  public String getTransactionId() {
    return transactionId;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public String getReceiver() {
    return receiver;
  }

  public long getQuantity() {
    return quantity;
  }
}
