package org.cornerstone.cordapp.plan;

import java.util.ArrayList;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;

/**
 * Cash redeem: the settlement bank pays cash out (command {@code Redeem}, signed by the holder and
 * the bank). Every given cash holding is consumed; only the change, if any, returns to the holder.
 */
public final class CashRedemptionPlan {

  private CashRedemptionPlan() {}

  /** Pay out {@code amount} minor units of {@code cashInstrumentId}. */
  public record Request(String cashInstrumentId, long amount) {}

  /** {@code cash}: the holder's cash of the instrument. */
  public static <R> TransactionPlan<R> plan(
      Request request, List<PlanInput<R, CashTokenState>> cash) {
    String instrumentId = PlanRules.required(request.cashInstrumentId(), "cashInstrumentId");
    long amount = PlanRules.positive(request.amount(), "amount");
    List<CashTokenState> states = PlanRules.cash(cash, instrumentId);
    long change =
        PlanRules.changeAfter(
            PlanRules.totalAmount(states), amount, PlanRules.INSUFFICIENT_CASH, instrumentId);
    List<ContractState> outputs = new ArrayList<>();
    if (change > 0) {
      outputs.add(states.get(0).withAmount(change));
    }
    CashTokenState template = states.get(0);
    return TransactionPlan.of(
        PlanRules.refs(cash),
        outputs,
        List.of(new CashTokenContract.Commands.Redeem()),
        List.of(template.getHolderKey(), template.getIssuerKey()));
  }
}
