package org.cornerstone.cordapp.flows.cash;

import java.util.List;
import net.corda.v5.base.annotations.CordaSerializable;
import net.corda.v5.base.types.MemberX500Name;

/**
 * The terms of a payment to several payees as the payer tells each payee and the settlement bank
 * before they record it: {@code currency} cash of {@code instrumentId}, issued by {@code bank},
 * from {@code payer} to each of {@code payees}. Sent between nodes, so one constructor whose
 * parameter names match the getters.
 */
@CordaSerializable
public final class BatchPaymentTerms {

  /** One payee and the minor units it receives. */
  @CordaSerializable
  public static final class Payee {
    private final MemberX500Name party;
    private final long amount;

    public Payee(MemberX500Name party, long amount) {
      this.party = party;
      this.amount = amount;
    }

    public MemberX500Name getParty() {
      return party;
    }

    public long getAmount() {
      return amount;
    }
  }

  private final String instrumentId;
  private final String currency;
  private final MemberX500Name bank;
  private final MemberX500Name payer;
  private final List<Payee> payees;

  public BatchPaymentTerms(
      String instrumentId,
      String currency,
      MemberX500Name bank,
      MemberX500Name payer,
      List<Payee> payees) {
    this.instrumentId = instrumentId;
    this.currency = currency;
    this.bank = bank;
    this.payer = payer;
    this.payees = List.copyOf(payees);
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

  public List<Payee> getPayees() {
    return payees;
  }

  /** The sum paid to the payees. */
  public long total() {
    long sum = 0;
    for (Payee payee : payees) {
      sum = Math.addExact(sum, payee.getAmount());
    }
    return sum;
  }
}
