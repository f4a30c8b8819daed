package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateRef;

/**
 * What a caller wants recorded: input and reference states by ref, output states, commands, the
 * required signatories, an optional time window, and the consents on which the ledger signs for the
 * signatories (one at least per signatory other than the notary, ADR 0019). Immutable; build with
 * {@link #builder()}.
 */
public record TransactionDraft(
    List<StateRef> inputs,
    List<StateRef> references,
    List<ContractState> outputs,
    List<Command> commands,
    List<PublicKey> signatories,
    Optional<LedgerTimeWindow> timeWindow,
    List<Consent> consents) {

  public TransactionDraft {
    inputs = List.copyOf(inputs);
    references = List.copyOf(references);
    outputs = List.copyOf(outputs);
    commands = List.copyOf(commands);
    signatories = List.copyOf(new LinkedHashSet<>(signatories));
    timeWindow = timeWindow == null ? Optional.empty() : timeWindow;
    consents = consents == null ? List.of() : List.copyOf(new LinkedHashSet<>(consents));
  }

  /** This draft with {@code added} consents. */
  public TransactionDraft withConsents(Consent... added) {
    List<Consent> all = new ArrayList<>(consents);
    all.addAll(Arrays.asList(added));
    return new TransactionDraft(
        inputs, references, outputs, commands, signatories, timeWindow, all);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects the parts of a draft. */
  public static final class Builder {
    private final List<StateRef> inputs = new ArrayList<>();
    private final List<StateRef> references = new ArrayList<>();
    private final List<ContractState> outputs = new ArrayList<>();
    private final List<Command> commands = new ArrayList<>();
    private final List<PublicKey> signatories = new ArrayList<>();
    private final List<Consent> consents = new ArrayList<>();
    private LedgerTimeWindow timeWindow;

    private Builder() {}

    public Builder input(StateRef... refs) {
      inputs.addAll(Arrays.asList(refs));
      return this;
    }

    public Builder reference(StateRef... refs) {
      references.addAll(Arrays.asList(refs));
      return this;
    }

    public Builder output(ContractState... states) {
      outputs.addAll(Arrays.asList(states));
      return this;
    }

    public Builder command(Command... added) {
      commands.addAll(Arrays.asList(added));
      return this;
    }

    public Builder signatory(PublicKey... keys) {
      signatories.addAll(Arrays.asList(keys));
      return this;
    }

    public Builder timeWindow(LedgerTimeWindow window) {
      this.timeWindow = window;
      return this;
    }

    public Builder consent(Consent... added) {
      consents.addAll(Arrays.asList(added));
      return this;
    }

    /** The consent of {@code kind} under {@code reference} of each of {@code parties}. */
    public Builder consent(Consent.Kind kind, String reference, PublicKey... parties) {
      for (PublicKey party : parties) {
        consents.add(new Consent(party, kind, reference));
      }
      return this;
    }

    public TransactionDraft build() {
      return new TransactionDraft(
          inputs,
          references,
          outputs,
          commands,
          signatories,
          Optional.ofNullable(timeWindow),
          consents);
    }
  }
}
