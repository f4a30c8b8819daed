package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;

/** A committed transaction: its id, request key, states, commands and signatures. */
public record LedgerTransaction(
    LedgerHash id,
    String requestKey,
    Instant committedAt,
    List<StateRef> inputs,
    List<StateRef> references,
    List<LedgerStateAndRef<?>> outputs,
    List<Command> commands,
    List<PublicKey> signatories,
    Optional<LedgerTimeWindow> timeWindow,
    List<TransactionSignature> signatures) {

  public LedgerTransaction {
    inputs = List.copyOf(inputs);
    references = List.copyOf(references);
    outputs = List.copyOf(outputs);
    commands = List.copyOf(commands);
    signatories = List.copyOf(signatories);
    signatures = List.copyOf(signatures);
  }

  /** The output states of {@code type}, in output order. */
  public <T extends ContractState> List<StateAndRef<T>> outputs(Class<T> type) {
    return outputs.stream()
        .filter(s -> type.isInstance(s.getContractState()))
        .<StateAndRef<T>>map(s -> s.as(type))
        .toList();
  }
}
