package org.cornerstone.cordapp.flows.cash;

import java.math.BigDecimal;

/**
 * Request body of {@link IssueCashFlow}, started on the settlement bank's node: the bank received a
 * deposit of {@code amount} minor units of {@code currency} and issues that much cash of {@code
 * instrumentId} to {@code holder}. Without {@code instrumentId} the cash is {@code CASH-<currency>}
 * ({@link IssueCashFlow#defaultInstrumentId}).
 */
public final class IssueCashRequest {

  private String requestId;
  private String instrumentId;
  private String currency;
  private BigDecimal amount;
  private String holder;
  private String notary;

  public IssueCashRequest() {}

  public IssueCashRequest(
      String requestId,
      String instrumentId,
      String currency,
      long amount,
      String holder,
      String notary) {
    this.requestId = requestId;
    this.instrumentId = instrumentId;
    this.currency = currency;
    this.amount = BigDecimal.valueOf(amount);
    this.holder = holder;
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

  /** Minor units; a JSON number, checked to be a positive whole {@code long} by the flow. */
  public BigDecimal getAmount() {
    return amount;
  }

  public String getHolder() {
    return holder;
  }

  public String getNotary() {
    return notary;
  }
}
