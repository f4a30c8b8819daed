package org.cornerstone.cordapp.flows.cash;

import java.math.BigDecimal;

/**
 * Request body of {@link PayCashFlow}, started on the payer's node: a payment of {@code amount}
 * minor units of {@code currency} cash of {@code instrumentId}, issued by the settlement bank
 * {@code issuer}, to {@code payee} (e.g. a trade's fee to the market operator).
 */
public final class PayCashRequest {

  private String requestId;
  private String instrumentId;
  private String currency;
  private String issuer;
  private String payee;
  private BigDecimal amount;
  private String notary;

  public PayCashRequest() {}

  public PayCashRequest(
      String requestId,
      String instrumentId,
      String currency,
      String issuer,
      String payee,
      long amount,
      String notary) {
    this.requestId = requestId;
    this.instrumentId = instrumentId;
    this.currency = currency;
    this.issuer = issuer;
    this.payee = payee;
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

  /** X500 name of the party paid. */
  public String getPayee() {
    return payee;
  }

  /** Minor units; a JSON number, checked to be a positive whole {@code long} by the flow. */
  public BigDecimal getAmount() {
    return amount;
  }

  public String getNotary() {
    return notary;
  }
}
