package org.cornerstone.cordapp.flows.cash;

import net.corda.v5.base.annotations.CordaSerializable;
import net.corda.v5.base.types.MemberX500Name;

/**
 * The withdrawal the holder asks the settlement bank to sign: {@code amount} minor units of {@code
 * currency} cash of {@code instrumentId}.
 */
@CordaSerializable
public final class RedeemCashTerms {

  private final String instrumentId;
  private final String currency;
  private final MemberX500Name bank;
  private final MemberX500Name holder;
  private final long amount;

  public RedeemCashTerms(
      String instrumentId,
      String currency,
      MemberX500Name bank,
      MemberX500Name holder,
      long amount) {
    this.instrumentId = instrumentId;
    this.currency = currency;
    this.bank = bank;
    this.holder = holder;
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

  public MemberX500Name getHolder() {
    return holder;
  }

  public long getAmount() {
    return amount;
  }
}
