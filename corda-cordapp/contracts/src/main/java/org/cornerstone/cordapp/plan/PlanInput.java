package org.cornerstone.cordapp.plan;

import java.util.Objects;
import net.corda.v5.ledger.utxo.ContractState;

/**
 * A state a plan may consume, with the ledger's reference to it. {@code R} is opaque to the plan: a
 * flow passes Corda's {@code StateRef} (or {@code StateAndRef}), the embedded ledger its own
 * reference.
 */
public record PlanInput<R, S extends ContractState>(R ref, S state) {

  public PlanInput {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(state, "state");
  }
}
