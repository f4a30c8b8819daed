package org.cornerstone.cordapp.plan;

import java.util.ArrayList;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Forced transfer by the registrar (court order, lost keys; command {@code ForcedTransfer} with the
 * reason, signed by the registrar alone). Frozen holdings may be moved. Every given holding is
 * consumed; {@code quantity} goes to the receiver and the rest returns to the holder, unfrozen
 * (only {@code Freeze} may produce a frozen holding). Outputs: the receiver's holding, then the
 * change.
 */
public final class ForcedTransferPlan {

  private ForcedTransferPlan() {}

  /**
   * Move {@code quantity} tokens of {@code instrumentId} to {@code receiver}, for {@code reason}.
   */
  public record Request(String instrumentId, PlanParty receiver, long quantity, String reason) {}

  /** {@code holdings}: the holder's holdings of the instrument, frozen or not. */
  public static <R> TransactionPlan<R> plan(
      Request request, List<PlanInput<R, AssetTokenState>> holdings) {
    String instrumentId = PlanRules.required(request.instrumentId(), "instrumentId");
    PlanParty receiver = PlanRules.required(request.receiver(), "receiver");
    String reason = PlanRules.required(request.reason(), "reason");
    long quantity = PlanRules.positive(request.quantity(), "quantity");
    TokenSpend spend = TokenSpend.of(holdings, instrumentId, quantity, true);
    AssetTokenState template = spend.template();
    List<ContractState> outputs = new ArrayList<>();
    outputs.add(template.withHolder(receiver.name(), receiver.key(), quantity));
    spend.addChangeTo(outputs);
    return TransactionPlan.of(
        PlanRules.refs(holdings),
        outputs,
        List.of(new AssetTokenContract.Commands.ForcedTransfer(reason)),
        List.of(template.getRegistrarKey()));
  }
}
