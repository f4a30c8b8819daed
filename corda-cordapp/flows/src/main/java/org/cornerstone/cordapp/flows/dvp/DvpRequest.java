package org.cornerstone.cordapp.flows.dvp;

/**
 * Request body of {@link SettleDvpFlow}, started on the seller's node: deliver {@code quantity}
 * tokens of {@code instrumentId} to {@code buyer} against {@code price} minor units of {@code
 * currency} cash (instrument {@code cashInstrumentId}) issued by {@code settlementBank}, in one
 * transaction.
 */
public final class DvpRequest {

  private String requestId;
  private String instrumentId;
  private String issuer;
  private long quantity;
  private String buyer;
  private String cashInstrumentId;
  private String currency;
  private String settlementBank;
  private long price;
  private String notary;

  public DvpRequest() {}

  public DvpRequest(
      String requestId,
      String instrumentId,
      String issuer,
      long quantity,
      String buyer,
      String cashInstrumentId,
      String currency,
      String settlementBank,
      long price,
      String notary) {
    this.requestId = requestId;
    this.instrumentId = instrumentId;
    this.issuer = issuer;
    this.quantity = quantity;
    this.buyer = buyer;
    this.cashInstrumentId = cashInstrumentId;
    this.currency = currency;
    this.settlementBank = settlementBank;
    this.price = price;
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

  public long getQuantity() {
    return quantity;
  }

  public String getBuyer() {
    return buyer;
  }

  /** The cash instrument the price is paid in (one currency from one settlement bank). */
  public String getCashInstrumentId() {
    return cashInstrumentId;
  }

  public String getCurrency() {
    return currency;
  }

  public String getSettlementBank() {
    return settlementBank;
  }

  /** Total price in minor units of {@code currency}. */
  public long getPrice() {
    return price;
  }

  public String getNotary() {
    return notary;
  }
}
