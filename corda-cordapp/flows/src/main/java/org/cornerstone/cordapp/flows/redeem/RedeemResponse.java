package org.cornerstone.cordapp.flows.redeem;

/** Result of {@link RedeemTokensFlow}: what left the supply and what the holder keeps. */
public final class RedeemResponse {

  private final String transactionId;
  private final String instrumentId;
  private final long redeemedQuantity;
  private final long remainingQuantity;

  public RedeemResponse(
      String transactionId, String instrumentId, long redeemedQuantity, long remainingQuantity) {
    this.transactionId = transactionId;
    this.instrumentId = instrumentId;
    this.redeemedQuantity = redeemedQuantity;
    this.remainingQuantity = remainingQuantity;
  }

  public String getTransactionId() {
    return transactionId;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public long getRedeemedQuantity() {
    return redeemedQuantity;
  }

  /** Change returned to the holder from the claimed holdings (not its whole balance). */
  public long getRemainingQuantity() {
    return remainingQuantity;
  }
}
