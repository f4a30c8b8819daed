package org.cornerstone.cordapp.plan;

import java.util.ArrayList;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;

/**
 * Cash payment (e.g. a trading fee): the payer's cash of the cash instrument in, {@code amount} to
 * the payee and the change back to the payer out (command {@code Move}: balanced, signed by the
 * payer, the holder of every consumed holding). The settlement bank is the one that issued the
 * payer's cash; it does not sign. Shared by {@code PayCashFlow} and the embedded ledger; the
 * request key is recorded by the caller ({@link RequestKeyPlan#recorded}) like the other plans.
 */
public final class CashPaymentPlan {

  public static final String NOT_THE_PAYERS_CASH = "The cash to pay with is not the payer's.";
  public static final String PAYEE_IS_PAYER = "The payee must differ from the payer.";

  private CashPaymentPlan() {}

  /**
   * Pay {@code amount} minor units of {@code cashInstrumentId} from {@code payer} to {@code payee}.
   */
  public record Request(String cashInstrumentId, PlanParty payer, PlanParty payee, long amount) {}

  /**
   * {@code cash}: the payer's cash of the instrument, selected by the caller to cover the amount;
   * all of it is consumed.
   */
  public static <R> TransactionPlan<R> plan(
      Request request, List<PlanInput<R, CashTokenState>> cash) {
    String instrumentId = PlanRules.required(request.cashInstrumentId(), "cashInstrumentId");
    PlanParty payer = PlanRules.required(request.payer(), "payer");
    PlanParty payee = PlanRules.required(request.payee(), "payee");
    long amount = PlanRules.positive(request.amount(), "amount");
    if (payer.key().equals(payee.key())) {
      throw new IllegalArgumentException(PAYEE_IS_PAYER);
    }
    List<CashTokenState> states = PlanRules.cash(cash, instrumentId);
    CashTokenState template = states.get(0);
    if (!template.getHolderKey().equals(payer.key())) {
      throw new IllegalArgumentException(NOT_THE_PAYERS_CASH);
    }
    long change =
        PlanRules.changeAfter(
            PlanRules.totalAmount(states), amount, PlanRules.INSUFFICIENT_CASH, instrumentId);
    List<ContractState> outputs = new ArrayList<>();
    outputs.add(template.withHolder(payee.name(), payee.key(), amount));
    if (change > 0) {
      outputs.add(template.withAmount(change));
    }
    return TransactionPlan.of(
        PlanRules.refs(cash),
        outputs,
        List.of(new CashTokenContract.Commands.Move()),
        List.of(payer.key()));
  }
}
