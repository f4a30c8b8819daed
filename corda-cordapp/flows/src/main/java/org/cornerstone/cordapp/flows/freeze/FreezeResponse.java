package org.cornerstone.cordapp.flows.freeze;

/** Result of a freeze or unfreeze: how many tokens of the holder changed state. */
public final class FreezeResponse {

  private final String transactionId;
  private final String instrumentId;
  private final String holder;
  private final long quantity;
  private final boolean frozen;

  public FreezeResponse(
      String transactionId, String instrumentId, String holder, long quantity, boolean frozen) {
    this.transactionId = transactionId;
    this.instrumentId = instrumentId;
    this.holder = holder;
    this.quantity = quantity;
    this.frozen = frozen;
  }

  public String getTransactionId() {
    return transactionId;
  }

  public String getInstrumentId() {
    return instrumentId;
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
