package org.cornerstone.cordapp.flows.dvp;

/** Result of {@link SettleDvpFlow}, returned as JSON. */
public final class DvpResponse {

  private final String transactionId;
  private final String instrumentId;
  private final long quantity;
  private final String buyer;
  private final String currency;
  private final long price;

  public DvpResponse(
      String transactionId,
      String instrumentId,
      long quantity,
      String buyer,
      String currency,
      long price) {
    this.transactionId = transactionId;
    this.instrumentId = instrumentId;
    this.quantity = quantity;
    this.buyer = buyer;
    this.currency = currency;
    this.price = price;
  }

  public String getTransactionId() {
    return transactionId;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public long getQuantity() {
    return quantity;
  }

  public String getBuyer() {
    return buyer;
  }

  public String getCurrency() {
    return currency;
  }

  public long getPrice() {
    return price;
  }
}
