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
  public static final String NO_PAYEES = "A payment to several payees needs at least one payee.";
  public static final String DUPLICATE_PAYEE = "Each payee appears once in a payment.";

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

  /** One payee of a payment to several payees: {@code amount} minor units. */
  public record Payee(PlanParty party, long amount) {}

  /**
   * Pay each payee its amount of {@code cashInstrumentId} from {@code payer}, in one transaction.
   */
  public record BatchRequest(String cashInstrumentId, PlanParty payer, List<Payee> payees) {}

  /**
   * A payment to several payees (a distribution's batch): the payer's {@code cash} in, one cash
   * output per payee and the change back to the payer, under one {@code Move} signed by the payer.
   * Balanced like a single payment; the total of the payees must be covered by {@code cash}. Shared
   * by {@code PayCashBatchFlow} and the embedded ledger's {@code EmbeddedCashPayments.payBatch}.
   */
  public static <R> TransactionPlan<R> planBatch(
      BatchRequest request, List<PlanInput<R, CashTokenState>> cash) {
    String instrumentId = PlanRules.required(request.cashInstrumentId(), "cashInstrumentId");
    PlanParty payer = PlanRules.required(request.payer(), "payer");
    List<Payee> payees = PlanRules.required(request.payees(), "payees");
    if (payees.isEmpty()) {
      throw new IllegalArgumentException(NO_PAYEES);
    }
    java.util.Set<java.security.PublicKey> seen = new java.util.HashSet<>();
    long total = 0;
    for (Payee payee : payees) {
      PlanParty party = PlanRules.required(payee.party(), "payee");
      PlanRules.positive(payee.amount(), "amount");
      if (party.key().equals(payer.key())) {
        throw new IllegalArgumentException(PAYEE_IS_PAYER);
      }
      if (!seen.add(party.key())) {
        throw new IllegalArgumentException(DUPLICATE_PAYEE);
      }
      total = Math.addExact(total, payee.amount());
    }
    List<CashTokenState> states = PlanRules.cash(cash, instrumentId);
    CashTokenState template = states.get(0);
    if (!template.getHolderKey().equals(payer.key())) {
      throw new IllegalArgumentException(NOT_THE_PAYERS_CASH);
    }
    long change =
        PlanRules.changeAfter(
            PlanRules.totalAmount(states), total, PlanRules.INSUFFICIENT_CASH, instrumentId);
    List<ContractState> outputs = new ArrayList<>();
    for (Payee payee : payees) {
      outputs.add(template.withHolder(payee.party().name(), payee.party().key(), payee.amount()));
    }
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
