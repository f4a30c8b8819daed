package org.cornerstone.cordapp.flows.cash;

/** Result of {@link RedeemCashFlow}: what left the supply and what the holder keeps. */
public final class RedeemCashResponse {

  private final String transactionId;
  private final String instrumentId;
  private final String currency;
  private final long redeemedAmount;
  private final long remaining;

  public RedeemCashResponse(
      String transactionId,
      String instrumentId,
      String currency,
      long redeemedAmount,
      long remaining) {
    this.transactionId = transactionId;
    this.instrumentId = instrumentId;
    this.currency = currency;
    this.redeemedAmount = redeemedAmount;
    this.remaining = remaining;
  }

  public String getTransactionId() {
    return transactionId;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public String getCurrency() {
    return currency;
  }

  /** Minor units removed from the supply. */
  public long getRedeemedAmount() {
    return redeemedAmount;
  }

  /** Change returned to the holder from the claimed cash (not its whole balance), minor units. */
  public long getRemaining() {
    return remaining;
  }
}
