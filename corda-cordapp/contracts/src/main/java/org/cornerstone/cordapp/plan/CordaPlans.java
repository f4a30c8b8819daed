package org.cornerstone.cordapp.plan;

import java.security.PublicKey;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;

/** Puts a plan into a Corda transaction builder (the notary is the caller's to set). */
public final class CordaPlans {

  private CordaPlans() {}

  /**
   * Adds the plan's inputs (one {@code addInputStates} call), references, outputs (one {@code
   * addOutputState} call each), commands, signatories (one varargs {@code addSignatories} call) and
   * time window to {@code builder}, in plan order, and returns the builder.
   */
  public static UtxoTransactionBuilder addTo(
      UtxoTransactionBuilder builder, TransactionPlan<StateRef> plan) {
    UtxoTransactionBuilder result = builder;
    if (!plan.inputs().isEmpty()) {
      result = result.addInputStates(plan.inputs());
    }
    if (!plan.references().isEmpty()) {
      result = result.addReferenceStates(plan.references());
    }
    for (ContractState output : plan.outputs()) {
      result = result.addOutputState(output);
    }
    for (Command command : plan.commands()) {
      result = result.addCommand(command);
    }
    if (!plan.signatories().isEmpty()) {
      result = result.addSignatories(plan.signatories().toArray(PublicKey[]::new));
    }
    if (plan.timeWindowUntil().isPresent()) {
      result =
          plan.timeWindowFrom().isPresent()
              ? result.setTimeWindowBetween(
                  plan.timeWindowFrom().get(), plan.timeWindowUntil().get())
              : result.setTimeWindowUntil(plan.timeWindowUntil().get());
    }
    return result;
  }
}
