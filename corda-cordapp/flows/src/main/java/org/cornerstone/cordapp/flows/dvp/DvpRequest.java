package org.cornerstone.cordapp.flows.dvp;

/**
 * Request body of {@link SettleDvpFlow}, started on the seller's node: deliver {@code quantity}
 * tokens of {@code assetId} to {@code buyer} against {@code price} minor units of {@code currency}
 * cash issued by {@code settlementBank}, in one transaction.
 */
public final class DvpRequest {

  private String requestId;
  private String assetId;
  private String issuer;
  private long quantity;
  private String buyer;
  private String currency;
  private String settlementBank;
  private long price;
  private String notary;

  public DvpRequest() {}

  public DvpRequest(
      String requestId,
      String assetId,
      String issuer,
      long quantity,
      String buyer,
      String currency,
      String settlementBank,
      long price,
      String notary) {
    this.requestId = requestId;
    this.assetId = assetId;
    this.issuer = issuer;
    this.quantity = quantity;
    this.buyer = buyer;
    this.currency = currency;
    this.settlementBank = settlementBank;
    this.price = price;
    this.notary = notary;
  }

  public String getRequestId() {
    return requestId;
  }

  public String getAssetId() {
    return assetId;
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
