package org.cornerstone.cordapp.flows.pvp;

import java.math.BigDecimal;

/**
 * Request body of {@link SettlePvpFlow}, started on party A's node: A pays {@code payAmount} minor
 * units of {@code payCurrency} cash ({@code payCashInstrumentId}, issued by {@code payBank}) to
 * {@code counterparty}, which pays {@code receiveAmount} minor units of {@code receiveCurrency}
 * cash ({@code receiveCashInstrumentId}, issued by {@code receiveBank}) to A, in one transaction;
 * {@code rate} is the number of units of the other currency per one unit of {@code baseCurrency}.
 */
public final class PvpRequest {

  private String requestId;
  private String counterparty;
  private String payCashInstrumentId;
  private String payCurrency;
  private String payBank;
  private BigDecimal payAmount;
  private String receiveCashInstrumentId;
  private String receiveCurrency;
  private String receiveBank;
  private BigDecimal receiveAmount;
  private String baseCurrency;
  private String rate;
  private String notary;

  public PvpRequest() {}

  public PvpRequest(
      String requestId,
      String counterparty,
      String payCashInstrumentId,
      String payCurrency,
      String payBank,
      BigDecimal payAmount,
      String receiveCashInstrumentId,
      String receiveCurrency,
      String receiveBank,
      BigDecimal receiveAmount,
      String baseCurrency,
      String rate,
      String notary) {
    this.requestId = requestId;
    this.counterparty = counterparty;
    this.payCashInstrumentId = payCashInstrumentId;
    this.payCurrency = payCurrency;
    this.payBank = payBank;
    this.payAmount = payAmount;
    this.receiveCashInstrumentId = receiveCashInstrumentId;
    this.receiveCurrency = receiveCurrency;
    this.receiveBank = receiveBank;
    this.receiveAmount = receiveAmount;
    this.baseCurrency = baseCurrency;
    this.rate = rate;
    this.notary = notary;
  }

  public String getRequestId() {
    return requestId;
  }

  public String getCounterparty() {
    return counterparty;
  }

  public String getPayCashInstrumentId() {
    return payCashInstrumentId;
  }

  public String getPayCurrency() {
    return payCurrency;
  }

  public String getPayBank() {
    return payBank;
  }

  public BigDecimal getPayAmount() {
    return payAmount;
  }

  public String getReceiveCashInstrumentId() {
    return receiveCashInstrumentId;
  }

  public String getReceiveCurrency() {
    return receiveCurrency;
  }

  public String getReceiveBank() {
    return receiveBank;
  }

  public BigDecimal getReceiveAmount() {
    return receiveAmount;
  }

  public String getBaseCurrency() {
    return baseCurrency;
  }

  public String getRate() {
    return rate;
  }

  public String getNotary() {
    return notary;
  }
}
