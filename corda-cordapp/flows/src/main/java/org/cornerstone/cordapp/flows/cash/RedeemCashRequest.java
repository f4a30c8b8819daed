package org.cornerstone.cordapp.flows.cash;

import java.math.BigDecimal;

/**
 * Request body of {@link RedeemCashFlow}, started on the holder's node: a withdrawal of {@code
 * amount} minor units of {@code currency} cash of {@code instrumentId}, handed back to the
 * settlement bank {@code issuer}, which removes it from the supply.
 */
public final class RedeemCashRequest {

  private String requestId;
  private String instrumentId;
  private String currency;
  private String issuer;
  private BigDecimal amount;
  private String notary;

  public RedeemCashRequest() {}

  public RedeemCashRequest(
      String requestId,
      String instrumentId,
      String currency,
      String issuer,
      long amount,
      String notary) {
    this.requestId = requestId;
    this.instrumentId = instrumentId;
    this.currency = currency;
    this.issuer = issuer;
    this.amount = BigDecimal.valueOf(amount);
    this.notary = notary;
  }

  public String getRequestId() {
    return requestId;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public String getCurrency() {
    return currency;
  }

  /** X500 name of the settlement bank that issued the cash. */
  public String getIssuer() {
    return issuer;
  }

  /** Minor units; a JSON number, checked to be a positive whole {@code long} by the flow. */
  public BigDecimal getAmount() {
    return amount;
  }

  public String getNotary() {
    return notary;
  }
}
