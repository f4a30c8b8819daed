package org.cornerstone.ledger.embedded.plan;

import java.util.List;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;
import org.cornerstone.cordapp.plan.PlanInput;
import org.cornerstone.cordapp.plan.TransactionPlan;
import org.cornerstone.ledger.embedded.Consent;
import org.cornerstone.ledger.embedded.LedgerTimeWindow;
import org.cornerstone.ledger.embedded.TransactionDraft;

/**
 * The bridge from the CorDapp's transaction plans to this ledger: a plan (one per ledger operation,
 * see {@code org.cornerstone.cordapp.plan}) becomes the {@link TransactionDraft} the embedded
 * ledger commits, so the embedded path and the Corda flows build the same transaction from the same
 * code.
 */
public final class PlanDrafts {

  private PlanDrafts() {}

  /**
   * The draft of {@code plan}: its inputs, references, outputs, commands and signatories in plan
   * order, and its time window (upper and, if set, lower bound) if it has one; with the {@code
   * consents} on which the ledger signs for the plan's signatories (ADR 0019: the plans, shared
   * with the Corda flows, do not carry them; on Corda each party's node signs itself).
   */
  public static TransactionDraft draft(TransactionPlan<StateRef> plan, Consent... consents) {
    TransactionDraft.Builder draft =
        TransactionDraft.builder()
            .input(plan.inputs().toArray(StateRef[]::new))
            .reference(plan.references().toArray(StateRef[]::new))
            .output(plan.outputs().toArray(ContractState[]::new))
            .command(plan.commands().toArray(Command[]::new))
            .signatory(plan.signatories().toArray(java.security.PublicKey[]::new));
    plan.timeWindowUntil()
        .ifPresent(
            until ->
                draft.timeWindow(new LedgerTimeWindow(plan.timeWindowFrom().orElse(null), until)));
    return draft.consent(consents).build();
  }

  /** States read from this ledger (or any Corda vault) as inputs of a plan, in the given order. */
  public static <S extends ContractState> List<PlanInput<StateRef, S>> inputs(
      List<? extends StateAndRef<S>> states) {
    return states.stream()
        .map(
            state ->
                new PlanInput<StateRef, S>(state.getRef(), state.getState().getContractState()))
        .toList();
  }
}
