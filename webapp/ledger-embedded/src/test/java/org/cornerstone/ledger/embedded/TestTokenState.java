package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import net.corda.v5.ledger.utxo.BelongsToContract;
import net.corda.v5.ledger.utxo.ContractState;

/** A test-only fungible holding of an instrument. */
@BelongsToContract(TestTokenContract.class)
public final class TestTokenState implements ContractState {

  private final String instrumentId;
  private final PublicKey issuer;
  private final PublicKey holder;
  private final long quantity;

  public TestTokenState(String instrumentId, PublicKey issuer, PublicKey holder, long quantity) {
    this.instrumentId = instrumentId;
    this.issuer = issuer;
    this.holder = holder;
    this.quantity = quantity;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public PublicKey getIssuer() {
    return issuer;
  }

  public PublicKey getHolder() {
    return holder;
  }

  public long getQuantity() {
    return quantity;
  }

  public TestTokenState withHolder(PublicKey newHolder, long newQuantity) {
    return new TestTokenState(instrumentId, issuer, newHolder, newQuantity);
  }

  @Override
  public List<PublicKey> getParticipants() {
    return List.of(issuer, holder);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TestTokenState that
        && instrumentId.equals(that.instrumentId)
        && issuer.equals(that.issuer)
        && holder.equals(that.holder)
        && quantity == that.quantity;
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrumentId, issuer, holder, quantity);
  }
}
