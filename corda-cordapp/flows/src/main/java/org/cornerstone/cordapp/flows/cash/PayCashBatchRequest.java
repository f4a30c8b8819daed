package org.cornerstone.cordapp.flows.cash;

import java.math.BigDecimal;
import java.util.List;

/**
 * Request body of {@link PayCashBatchFlow}, started on the payer's node: each of {@code payees} is
 * paid its {@code amount} minor units of {@code currency} cash of {@code instrumentId}, issued by
 * the settlement bank {@code issuer}, in one transaction (a batch of a distribution).
 */
public final class PayCashBatchRequest {

  /** One payee (X500 name) and its amount in minor units (a JSON number). */
  public static final class Payee {
    private String payee;
    private BigDecimal amount;

    public Payee() {}

    public Payee(String payee, long amount) {
      this.payee = payee;
      this.amount = BigDecimal.valueOf(amount);
    }

    public String getPayee() {
      return payee;
    }

    public BigDecimal getAmount() {
      return amount;
    }
  }

  private String requestId;
  private String instrumentId;
  private String currency;
  private String issuer;
  private List<Payee> payees;
  private String notary;

  public PayCashBatchRequest() {}

  public PayCashBatchRequest(
      String requestId,
      String instrumentId,
      String currency,
      String issuer,
      List<Payee> payees,
      String notary) {
    this.requestId = requestId;
    this.instrumentId = instrumentId;
    this.currency = currency;
    this.issuer = issuer;
    this.payees = payees;
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

  public List<Payee> getPayees() {
    return payees;
  }

  public String getNotary() {
    return notary;
  }
}
