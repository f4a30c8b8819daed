package org.cornerstone.cordapp.flows.cash;

/** Result of {@link IssueCashFlow}: the cash the holder received. */
public final class IssueCashResponse {

  private final String transactionId;
  private final String instrumentId;
  private final String currency;
  private final long amount;
  private final String holder;

  public IssueCashResponse(
      String transactionId, String instrumentId, String currency, long amount, String holder) {
    this.transactionId = transactionId;
    this.instrumentId = instrumentId;
    this.currency = currency;
    this.amount = amount;
    this.holder = holder;
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

  /** Minor units issued. */
  public long getAmount() {
    return amount;
  }

  /** X500 name of the holder. */
  public String getHolder() {
    return holder;
  }
}
