package org.cornerstone.cordapp.plan;

import java.util.ArrayList;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Redemption of tokens with their issuer (command {@code Redeem}, signed by the holder and the
 * issuer): every given holding is consumed and only the change, if any, returns to the holder.
 */
public final class RedemptionPlan {

  private RedemptionPlan() {}

  /** Redeem {@code quantity} tokens of {@code instrumentId}. */
  public record Request(String instrumentId, long quantity) {}

  /** {@code holdings}: the holder's unfrozen holdings of the instrument. */
  public static <R> TransactionPlan<R> plan(
      Request request, List<PlanInput<R, AssetTokenState>> holdings) {
    String instrumentId = PlanRules.required(request.instrumentId(), "instrumentId");
    long quantity = PlanRules.positive(request.quantity(), "quantity");
    TokenSpend spend = TokenSpend.of(holdings, instrumentId, quantity, false);
    AssetTokenState template = spend.template();
    List<ContractState> outputs = new ArrayList<>();
    spend.addChangeTo(outputs);
    return TransactionPlan.of(
        PlanRules.refs(holdings),
        outputs,
        List.of(new AssetTokenContract.Commands.Redeem()),
        List.of(template.getHolderKey(), template.getIssuerKey()));
  }
}
