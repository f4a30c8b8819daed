package org.cornerstone.cordapp.flows.pvp;

/** Result of {@link SettlePvpFlow}, returned as JSON. */
public final class PvpResponse {

  private final String transactionId;
  private final String counterparty;
  private final String paidCurrency;
  private final long paid;
  private final String receivedCurrency;
  private final long received;

  public PvpResponse(
      String transactionId,
      String counterparty,
      String paidCurrency,
      long paid,
      String receivedCurrency,
      long received) {
    this.transactionId = transactionId;
    this.counterparty = counterparty;
    this.paidCurrency = paidCurrency;
    this.paid = paid;
    this.receivedCurrency = receivedCurrency;
    this.received = received;
  }

  public String getTransactionId() {
    return transactionId;
  }

  public String getCounterparty() {
    return counterparty;
  }

  public String getPaidCurrency() {
    return paidCurrency;
  }

  public long getPaid() {
    return paid;
  }

  public String getReceivedCurrency() {
    return receivedCurrency;
  }

  public long getReceived() {
    return received;
  }
}
