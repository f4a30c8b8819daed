package org.cornerstone.cordapp.flows.cash;

/** Result of {@link PayCashFlow}: what the payee received and the change the payer kept. */
public final class PayCashResponse {

  private final String transactionId;
  private final String instrumentId;
  private final String currency;
  private final String payee;
  private final long paidAmount;
  private final long change;

  public PayCashResponse(
      String transactionId,
      String instrumentId,
      String currency,
      String payee,
      long paidAmount,
      long change) {
    this.transactionId = transactionId;
    this.instrumentId = instrumentId;
    this.currency = currency;
    this.payee = payee;
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

  public String getPayee() {
    return payee;
  }

  /** Minor units the payee received. */
  public long getPaidAmount() {
    return paidAmount;
  }

  /** Change returned to the payer from the claimed cash (not its whole balance), minor units. */
  public long getChange() {
    return change;
  }
}
