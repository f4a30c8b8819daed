package org.cornerstone.cordapp.cash;

import java.security.PublicKey;
import java.util.Objects;
import net.corda.v5.base.annotations.CordaSerializable;
import net.corda.v5.base.types.MemberX500Name;

/**
 * One leg of a payment versus payment as both parties agreed it: {@code payer} pays {@code amount}
 * minor units of {@code currency} cash of {@code cashInstrumentId} issued by {@code bank} to {@code
 * payee}. Part of the signed {@link CashTokenContract.Commands.PvP} command, so the agreed terms
 * are in the transaction itself. Immutable; one constructor whose parameter names match the getters
 * (Corda's serialisation and the embedded ledger's JSON both rely on it).
 */
@CordaSerializable
public final class PvpLeg {

  private final MemberX500Name payer;
  private final PublicKey payerKey;
  private final MemberX500Name payee;
  private final PublicKey payeeKey;
  private final String cashInstrumentId;
  private final String currency;
  private final MemberX500Name bank;
  private final PublicKey bankKey;
  private final long amount;

  public PvpLeg(
      MemberX500Name payer,
      PublicKey payerKey,
      MemberX500Name payee,
      PublicKey payeeKey,
      String cashInstrumentId,
      String currency,
      MemberX500Name bank,
      PublicKey bankKey,
      long amount) {
    this.payer = Objects.requireNonNull(payer, "payer");
    this.payerKey = Objects.requireNonNull(payerKey, "payerKey");
    this.payee = Objects.requireNonNull(payee, "payee");
    this.payeeKey = Objects.requireNonNull(payeeKey, "payeeKey");
    this.cashInstrumentId = Objects.requireNonNull(cashInstrumentId, "cashInstrumentId");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.bank = Objects.requireNonNull(bank, "bank");
    this.bankKey = Objects.requireNonNull(bankKey, "bankKey");
    this.amount = amount;
  }

  public MemberX500Name getPayer() {
    return payer;
  }

  public PublicKey getPayerKey() {
    return payerKey;
  }

  public MemberX500Name getPayee() {
    return payee;
  }

  public PublicKey getPayeeKey() {
    return payeeKey;
  }

  public String getCashInstrumentId() {
    return cashInstrumentId;
  }

  public String getCurrency() {
    return currency;
  }

  public MemberX500Name getBank() {
    return bank;
  }

  public PublicKey getBankKey() {
    return bankKey;
  }

  public long getAmount() {
    return amount;
  }

  /**
   * True when {@code cash} is of this leg's token type (instrument, currency, bank and its key).
   */
  public boolean isOfThisLeg(CashTokenState cash) {
    return cash.getInstrumentId().equals(cashInstrumentId)
        && cash.getCurrency().equals(currency)
        && cash.getIssuer().equals(bank)
        && cash.getIssuerKey().equals(bankKey);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PvpLeg that)) {
      return false;
    }
    return amount == that.amount
        && payer.equals(that.payer)
        && payerKey.equals(that.payerKey)
        && payee.equals(that.payee)
        && payeeKey.equals(that.payeeKey)
        && cashInstrumentId.equals(that.cashInstrumentId)
        && currency.equals(that.currency)
        && bank.equals(that.bank)
        && bankKey.equals(that.bankKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        payer, payerKey, payee, payeeKey, cashInstrumentId, currency, bank, bankKey, amount);
  }

  @Override
  public String toString() {
    return "PvpLeg{"
        + payer
        + " pays "
        + amount
        + " "
        + currency
        + " ("
        + cashInstrumentId
        + " of "
        + bank
        + ") to "
        + payee
        + "}";
  }
}
