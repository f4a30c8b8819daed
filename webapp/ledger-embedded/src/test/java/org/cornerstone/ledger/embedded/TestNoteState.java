package org.cornerstone.ledger.embedded;

import java.math.BigDecimal;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.BelongsToContract;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.Contract;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;

/** A test-only state with maps, names, decimals and instants, as a Java record. */
@BelongsToContract(TestNoteState.NoteContract.class)
public record TestNoteState(
    String zeta,
    MemberX500Name author,
    PublicKey holder,
    BigDecimal amount,
    Instant recordedAt,
    Map<String, String> attributes)
    implements ContractState {

  @Override
  public List<PublicKey> getParticipants() {
    return List.of(holder);
  }

  /** Accepts any note. */
  public static final class NoteContract implements Contract {
    @Override
    public void verify(UtxoLedgerTransaction transaction) {}
  }

  /** Records a note. */
  public record Record(String reason) implements Command {}
}
