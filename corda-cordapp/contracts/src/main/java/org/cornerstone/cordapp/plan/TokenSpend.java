package org.cornerstone.cordapp.plan;

import java.security.PublicKey;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * A holder's token states of one instrument that an operation consumes, and the change that goes
 * back to the holder: what transfer, forced transfer, redemption and the asset leg of a DvP share.
 *
 * @param template the first consumed state; outputs copy its instrument, issuer and registrar
 * @param change the quantity left over after the operation takes its {@code quantity}
 */
record TokenSpend(AssetTokenState template, long change) {

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
    return new TokenSpend(states.get(0), change);
  }

  /** Adds the change, if any, as a holding of the same holder under {@code holderKey}. */
  void addChangeTo(List<ContractState> outputs, PublicKey holderKey) {
    if (change > 0) {
      outputs.add(template.withHolder(template.getHolder(), holderKey, change));
    }
  }

  /** Adds the change, if any, back to the holder under the key it held the tokens with. */
  void addChangeTo(List<ContractState> outputs) {
    addChangeTo(outputs, template.getHolderKey());
  }
}
