package org.cornerstone.cordapp.flows.cash;

import net.corda.v5.base.annotations.CordaSerializable;
import net.corda.v5.base.types.MemberX500Name;

/**
 * The terms of a cash issue or redemption as one node tells the other before it signs: {@code
 * amount} minor units of {@code currency} cash of {@code instrumentId} between the settlement bank
 * and the holder. The bank sends them when it issues; the holder sends them when it withdraws. Sent
 * between nodes, so one constructor whose parameter names match the getters.
 */
@CordaSerializable
public final class CashTerms {

  private final String instrumentId;
  private final String currency;
  private final MemberX500Name bank;
  private final MemberX500Name holder;
  private final long amount;

  public CashTerms(
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
