package org.cornerstone.cordapp.flows.cash;

import net.corda.v5.base.annotations.CordaSerializable;
import net.corda.v5.base.types.MemberX500Name;

/**
 * The terms of a cash payment as the payer tells the payee and the settlement bank before they
 * record it: {@code amount} minor units of {@code currency} cash of {@code instrumentId}, issued by
 * {@code bank}, from {@code payer} to {@code payee}. Sent between nodes, so one constructor whose
 * parameter names match the getters.
 */
@CordaSerializable
public final class PaymentTerms {

  private final String instrumentId;
  private final String currency;
  private final MemberX500Name bank;
  private final MemberX500Name payer;
  private final MemberX500Name payee;
  private final long amount;

  public PaymentTerms(
      String instrumentId,
      String currency,
      MemberX500Name bank,
      MemberX500Name payer,
      MemberX500Name payee,
      long amount) {
    this.instrumentId = instrumentId;
    this.currency = currency;
    this.bank = bank;
    this.payer = payer;
    this.payee = payee;
    this.amount = amount;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public String getCurrency() {
    return currency;
  }

  public MemberX500Name getBank() {
    return bank;
  }

  public MemberX500Name getPayer() {
    return payer;
  }

  public MemberX500Name getPayee() {
    return payee;
  }

  public long getAmount() {
    return amount;
  }
}
