package org.cornerstone.cordapp.cash;

import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.BelongsToContract;
import net.corda.v5.ledger.utxo.ContractState;

/**
 * Settlement cash: {@code amount} minor units (cents for EUR) of {@code currency}, an ISO 4217
 * code, owed by the issuing settlement bank to {@code holder}. Cash of one currency from one bank
 * is one fungible token type, named by {@code instrumentId}.
 *
 * <p>Immutable. Corda serializes it through its single constructor, whose parameter names match the
 * getters.
 */
@BelongsToContract(CashTokenContract.class)
public final class CashTokenState implements ContractState {

  private final String instrumentId;
  private final String currency;
  private final MemberX500Name issuer;
  private final PublicKey issuerKey;
  private final MemberX500Name holder;
  private final PublicKey holderKey;
  private final long amount;

  public CashTokenState(
      String instrumentId,
      String currency,
      MemberX500Name issuer,
      PublicKey issuerKey,
      MemberX500Name holder,
      PublicKey holderKey,
      long amount) {
    this.instrumentId = Objects.requireNonNull(instrumentId, "instrumentId");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.issuerKey = Objects.requireNonNull(issuerKey, "issuerKey");
    this.holder = Objects.requireNonNull(holder, "holder");
    this.holderKey = Objects.requireNonNull(holderKey, "holderKey");
    this.amount = amount;
  }

  /** The cash instrument (one currency from one settlement bank, e.g. a bank's EUR deposit). */
  public String getInstrumentId() {
    return instrumentId;
  }

  public String getCurrency() {
    return currency;
  }

  public MemberX500Name getIssuer() {
    return issuer;
  }

  public PublicKey getIssuerKey() {
    return issuerKey;
  }

  public MemberX500Name getHolder() {
    return holder;
  }

  public PublicKey getHolderKey() {
    return holderKey;
  }

  public long getAmount() {
    return amount;
  }

  /** Holder and settlement bank each keep a copy. */
  @Override
  public List<PublicKey> getParticipants() {
    return List.of(holderKey, issuerKey).stream().distinct().toList();
  }

  /** The same cash held by someone else, in another amount (a payment's output). */
  public CashTokenState withHolder(
      MemberX500Name newHolder, PublicKey newHolderKey, long newAmount) {
    return new CashTokenState(
        instrumentId, currency, issuer, issuerKey, newHolder, newHolderKey, newAmount);
  }

  /** The same holding with another amount (change). */
  public CashTokenState withAmount(long newAmount) {
    return new CashTokenState(
        instrumentId, currency, issuer, issuerKey, holder, holderKey, newAmount);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CashTokenState that)) {
      return false;
    }
    return amount == that.amount
        && instrumentId.equals(that.instrumentId)
        && currency.equals(that.currency)
        && issuer.equals(that.issuer)
        && issuerKey.equals(that.issuerKey)
        && holder.equals(that.holder)
        && holderKey.equals(that.holderKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrumentId, currency, issuer, issuerKey, holder, holderKey, amount);
  }

  @Override
  public String toString() {
    return "CashTokenState{instrumentId="
        + instrumentId
        + ", currency="
        + currency
        + ", issuer="
        + issuer
        + ", holder="
        + holder
        + ", amount="
        + amount
        + "}";
  }
}
