package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import net.corda.v5.ledger.utxo.BelongsToContract;
import net.corda.v5.ledger.utxo.ContractState;

/** A test-only fungible holding of an asset. */
@BelongsToContract(TestTokenContract.class)
public final class TestTokenState implements ContractState {

  private final String assetId;
  private final PublicKey issuer;
  private final PublicKey holder;
  private final long quantity;

  public TestTokenState(String assetId, PublicKey issuer, PublicKey holder, long quantity) {
    this.assetId = assetId;
    this.issuer = issuer;
    this.holder = holder;
    this.quantity = quantity;
  }

  public String getAssetId() {
    return assetId;
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
    return new TestTokenState(assetId, issuer, newHolder, newQuantity);
  }

  @Override
  public List<PublicKey> getParticipants() {
    return List.of(issuer, holder);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TestTokenState that
        && assetId.equals(that.assetId)
        && issuer.equals(that.issuer)
        && holder.equals(that.holder)
        && quantity == that.quantity;
  }

  @Override
  public int hashCode() {
    return Objects.hash(assetId, issuer, holder, quantity);
  }
}
