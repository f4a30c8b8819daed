package org.cornerstone.cordapp.plan;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.ContractState;

/**
 * The transaction one ledger operation needs, decided without a ledger: the inputs to consume (by
 * the caller's reference type {@code R}), reference inputs, the outputs, the commands and the
 * required signatories, in the order a builder should add them, and optional time-window bounds
 * (upper, lower). The notary, selecting the inputs, collecting signatures and finality stay with
 * the caller (a Corda flow, or the embedded ledger's adapter).
 */
public record TransactionPlan<R>(
    List<R> inputs,
    List<R> references,
    List<ContractState> outputs,
    List<Command> commands,
    List<PublicKey> signatories,
    Optional<Instant> timeWindowUntil,
    Optional<Instant> timeWindowFrom) {

  public TransactionPlan {
    inputs = List.copyOf(inputs);
    references = List.copyOf(references);
    outputs = List.copyOf(outputs);
    commands = List.copyOf(commands);
    signatories = List.copyOf(new LinkedHashSet<>(signatories));
    timeWindowUntil = timeWindowUntil == null ? Optional.empty() : timeWindowUntil;
    timeWindowFrom = timeWindowFrom == null ? Optional.empty() : timeWindowFrom;
  }

  /** The same plan, notarised within {@code window}. */
  public TransactionPlan<R> within(PlanWindow window) {
    return new TransactionPlan<>(
        inputs,
        references,
        outputs,
        commands,
        signatories,
        Optional.of(window.until()),
        Optional.of(window.from()));
  }

  /** A plan without references or time window. */
  public static <R> TransactionPlan<R> of(
      List<R> inputs,
      List<? extends ContractState> outputs,
      List<? extends Command> commands,
      List<PublicKey> signatories) {
    return new TransactionPlan<>(
        inputs,
        List.of(),
        List.copyOf(outputs),
        List.copyOf(commands),
        signatories,
        Optional.empty(),
        Optional.empty());
  }

  /** The output states of type {@code type}, in plan order. */
  public <S extends ContractState> List<S> outputs(Class<S> type) {
    return outputs.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The same plan with the references translated, e.g. from Corda's to the embedded ledger's. */
  public <T> TransactionPlan<T> mapRefs(Function<? super R, ? extends T> translate) {
    return new TransactionPlan<>(
        inputs.stream().<T>map(translate).toList(),
        references.stream().<T>map(translate).toList(),
        outputs,
        commands,
        signatories,
        timeWindowUntil,
        timeWindowFrom);
  }

  /**
   * This plan followed by {@code other}: inputs, references, outputs, commands and signatories
   * concatenated (signatories without repeats); the earlier upper and the later lower time-window
   * bound win. Used to join the two legs of a DvP.
   */
  public TransactionPlan<R> plus(TransactionPlan<R> other) {
    Optional<Instant> until =
        timeWindowUntil.isEmpty()
            ? other.timeWindowUntil
            : other
                .timeWindowUntil
                .filter(o -> o.isBefore(timeWindowUntil.get()))
                .or(() -> timeWindowUntil);
    Optional<Instant> from =
        timeWindowFrom.isEmpty()
            ? other.timeWindowFrom
            : other
                .timeWindowFrom
                .filter(o -> o.isAfter(timeWindowFrom.get()))
                .or(() -> timeWindowFrom);
    return new TransactionPlan<>(
        concat(inputs, other.inputs),
        concat(references, other.references),
        concat(outputs, other.outputs),
        concat(commands, other.commands),
        concat(signatories, other.signatories),
        until,
        from);
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
