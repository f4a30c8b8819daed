package org.cornerstone.cordapp.flows.cash;

/** Result of {@link PayCashBatchFlow}: how many payees were paid, the total and the change. */
public final class PayCashBatchResponse {

  private final String transactionId;
  private final String instrumentId;
  private final String currency;
  private final int payees;
  private final long paidAmount;
  private final long change;

  public PayCashBatchResponse(
      String transactionId,
      String instrumentId,
      String currency,
      int payees,
      long paidAmount,
      long change) {
    this.transactionId = transactionId;
    this.instrumentId = instrumentId;
    this.currency = currency;
    this.payees = payees;
    this.paidAmount = paidAmount;
    this.change = change;
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

  /** Number of payees paid in the transaction. */
  public int getPayees() {
    return payees;
  }

  /** Minor units paid to the payees together. */
  public long getPaidAmount() {
    return paidAmount;
  }

  /** Change returned to the payer from the claimed cash (not its whole balance), minor units. */
  public long getChange() {
    return change;
  }
}
