package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;

/** A state without {@code @BelongsToContract}: the ledger must refuse it. */
public record NotAContractState(PublicKey holder) implements ContractState {
  @Override
  public List<PublicKey> getParticipants() {
    return List.of(holder);
  }
}
