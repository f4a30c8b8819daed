package org.cornerstone.cordapp.plan;

import java.util.ArrayList;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Token transfer by the holder (command {@code Move}, signed by the holder and the registrar):
 * every given holding is consumed, {@code quantity} goes to the receiver and the rest returns to
 * the holder as change. Outputs: the receiver's holding, then the change (if any).
 */
public final class TransferPlan {

  private TransferPlan() {}

  /** Move {@code quantity} tokens of {@code instrumentId} to {@code receiver}. */
  public record Request(String instrumentId, PlanParty receiver, long quantity) {}

  /**
   * {@code holdings}: the sender's unfrozen holdings of the instrument (selected by the caller). No
   * time window: the receiver's {@code acquiredAt} is unknown (the embedded ledger).
   */
  public static <R> TransactionPlan<R> plan(
      Request request, List<PlanInput<R, AssetTokenState>> holdings) {
    return plan(request, holdings, null);
  }

  /**
   * As {@link #plan(Request, List)}, notarised within {@code window} (null = none): the receiver's
   * holding is acquired at the window's upper bound, the change keeps the sender's latest {@code
   * acquiredAt}.
   */
  public static <R> TransactionPlan<R> plan(
      Request request, List<PlanInput<R, AssetTokenState>> holdings, PlanWindow window) {
    String instrumentId = PlanRules.required(request.instrumentId(), "instrumentId");
    PlanParty receiver = PlanRules.required(request.receiver(), "receiver");
    long quantity = PlanRules.positive(request.quantity(), "quantity");
    TokenSpend spend = TokenSpend.of(holdings, instrumentId, quantity, false);
    AssetTokenState template = spend.template();
    List<ContractState> outputs = new ArrayList<>();
    outputs.add(spend.to(receiver, quantity, window == null ? null : window.until()));
    spend.addChangeTo(outputs);
    TransactionPlan<R> plan =
        TransactionPlan.of(
            PlanRules.refs(holdings),
            outputs,
            List.of(new AssetTokenContract.Commands.Move()),
            List.of(template.getHolderKey(), template.getRegistrarKey()));
    return window == null ? plan : plan.within(window);
  }
}
