package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.crypto.SecureHash;
import net.corda.v5.ledger.common.transaction.TransactionMetadata;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.TimeWindow;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import net.corda.v5.membership.GroupParameters;

/**
 * Corda's view of a transaction with resolved input and reference states: what contracts verify.
 */
final class VerifiableTransaction implements UtxoLedgerTransaction {

  static final String GROUP_PARAMETERS_UNSUPPORTED =
      "The embedded ledger has no membership group parameters";

  private static final TransactionMetadata METADATA =
      new TransactionMetadata() {
        @Override
        public String getLedgerModel() {
          return UtxoLedgerTransaction.class.getName();
        }

        @Override
        public int getLedgerVersion() {
          return 1;
        }

        @Override
        public String getTransactionSubtype() {
          return "GENERAL";
        }

        @Override
        public Map<String, String> getDigestSettings() {
          return Map.of("algorithm", LedgerHash.ALGORITHM);
        }

        @Override
        public int getPlatformVersion() {
          return 50200;
        }
      };

  private final SecureHash id;
  private final Party notary;
  private final TimeWindow timeWindow;
  private final List<PublicKey> signatories;
  private final List<Command> commands;
  private final List<StateAndRef<?>> inputs;
  private final List<StateAndRef<?>> references;
  private final List<StateAndRef<?>> outputs;

  VerifiableTransaction(
      SecureHash id,
      Party notary,
      TimeWindow timeWindow,
      List<PublicKey> signatories,
      List<Command> commands,
      List<StateAndRef<?>> inputs,
      List<StateAndRef<?>> references,
      List<StateAndRef<?>> outputs) {
    this.id = id;
    this.notary = notary;
    this.timeWindow = timeWindow;
    this.signatories = List.copyOf(signatories);
    this.commands = List.copyOf(commands);
    this.inputs = List.copyOf(inputs);
    this.references = List.copyOf(references);
    this.outputs = List.copyOf(outputs);
  }

  @Override
  public SecureHash getId() {
    return id;
  }

  @Override
  public MemberX500Name getNotaryName() {
    return notary.name();
  }

  @Override
  public PublicKey getNotaryKey() {
    return notary.publicKey();
  }

  @Override
  public TransactionMetadata getMetadata() {
    return METADATA;
  }

  @Override
  public TimeWindow getTimeWindow() {
    return timeWindow;
  }

  @Override
  public List<PublicKey> getSignatories() {
    return signatories;
  }

  @Override
  public List<Command> getCommands() {
    return commands;
  }

  @Override
  public <T extends Command> List<T> getCommands(Class<T> type) {
    return commands.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Override
  public List<StateRef> getInputStateRefs() {
    return inputs.stream().map(StateAndRef::getRef).toList();
  }

  @Override
  public List<StateAndRef<?>> getInputStateAndRefs() {
    return inputs;
  }

  @Override
  public <T extends ContractState> List<StateAndRef<T>> getInputStateAndRefs(Class<T> type) {
    return ofType(inputs, type);
  }

  @Override
  public <T extends ContractState> List<T> getInputStates(Class<T> type) {
    return statesOfType(inputs, type);
  }

  @Override
  public List<StateRef> getReferenceStateRefs() {
    return references.stream().map(StateAndRef::getRef).toList();
  }

  @Override
  public List<StateAndRef<?>> getReferenceStateAndRefs() {
    return references;
  }

  @Override
  public <T extends ContractState> List<StateAndRef<T>> getReferenceStateAndRefs(Class<T> type) {
    return ofType(references, type);
  }

  @Override
  public <T extends ContractState> List<T> getReferenceStates(Class<T> type) {
    return statesOfType(references, type);
  }

  @Override
  public List<StateAndRef<?>> getOutputStateAndRefs() {
    return outputs;
  }

  @Override
  public <T extends ContractState> List<StateAndRef<T>> getOutputStateAndRefs(Class<T> type) {
    return ofType(outputs, type);
  }

  @Override
  public <T extends ContractState> List<T> getOutputStates(Class<T> type) {
    return statesOfType(outputs, type);
  }

  @Override
  public GroupParameters getGroupParameters() {
    throw new UnsupportedOperationException(GROUP_PARAMETERS_UNSUPPORTED);
  }

  @SuppressWarnings("unchecked")
  private static <T extends ContractState> List<StateAndRef<T>> ofType(
      List<StateAndRef<?>> states, Class<T> type) {
    return states.stream()
        .filter(s -> type.isInstance(s.getState().getContractState()))
        .map(s -> (StateAndRef<T>) s)
        .toList();
  }

  private static <T extends ContractState> List<T> statesOfType(
      List<StateAndRef<?>> states, Class<T> type) {
    return states.stream()
        .map(s -> s.getState().getContractState())
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }
}
