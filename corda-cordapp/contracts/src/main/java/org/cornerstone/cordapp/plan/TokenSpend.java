package org.cornerstone.cordapp.plan;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * A holder's token states of one instrument that an operation consumes, and the change that goes
 * back to the holder: what transfer, forced transfer, redemption and the asset leg of a DvP share.
 *
 * @param template the first consumed state; outputs copy its instrument, issuer and registrar
 * @param change the quantity left over after the operation takes its {@code quantity}
 * @param acquiredAt the latest {@code acquiredAt} of the consumed states (null if none is known):
 *     what change (and a forced transfer's outputs) keep
 * @param frozen how many of the consumed tokens are frozen
 */
record TokenSpend(AssetTokenState template, long change, Instant acquiredAt, long frozen) {

  /**
   * @param frozenAllowed whether frozen holdings may be spent (only a forced transfer may)
   * @throws IllegalStateException with {@link PlanRules#FROZEN_HOLDING} or {@link
   *     PlanRules#INSUFFICIENT_HOLDINGS}
   */
  static <R> TokenSpend of(
      List<PlanInput<R, AssetTokenState>> holdings,
      String instrumentId,
      long quantity,
      boolean frozenAllowed) {
    List<AssetTokenState> states = PlanRules.holdings(holdings, instrumentId);
    if (!frozenAllowed && states.stream().anyMatch(AssetTokenState::isFrozen)) {
      throw new IllegalStateException(PlanRules.FROZEN_HOLDING);
    }
    long change =
        PlanRules.changeAfter(
            PlanRules.totalQuantity(states),
            quantity,
            PlanRules.INSUFFICIENT_HOLDINGS,
            instrumentId);
    Instant latest = null;
    long frozen = 0;
    for (AssetTokenState state : states) {
      Instant at = state.getAcquiredAt();
      if (at != null && (latest == null || at.isAfter(latest))) {
        latest = at;
      }
      if (state.isFrozen()) {
        frozen = Math.addExact(frozen, state.getQuantity());
      }
    }
    return new TokenSpend(states.get(0), change, latest, frozen);
  }

  /** {@code quantity} of the instrument for {@code holder}, unfrozen, acquired at {@code at}. */
  AssetTokenState to(PlanParty holder, long quantity, Instant at) {
    return template.withHolder(holder.name(), holder.key(), quantity).withAcquiredAt(at);
  }

  /** Adds the change, if any, as a holding of the same holder under {@code holderKey}. */
  void addChangeTo(List<ContractState> outputs, PublicKey holderKey) {
    if (change > 0) {
      outputs.add(
          template.withHolder(template.getHolder(), holderKey, change).withAcquiredAt(acquiredAt));
    }
  }

  /** Adds the change, if any, back to the holder under the key it held the tokens with. */
  void addChangeTo(List<ContractState> outputs) {
    addChangeTo(outputs, template.getHolderKey());
  }
}
