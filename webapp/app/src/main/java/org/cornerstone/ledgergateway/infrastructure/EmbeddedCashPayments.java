package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.plan.PlanInput;
import org.cornerstone.cordapp.plan.PlanParty;
import org.cornerstone.cordapp.plan.RequestKeyPlan;
import org.cornerstone.cordapp.plan.TransactionPlan;
import org.cornerstone.ledger.embedded.plan.PlanDrafts;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;

/**
 * A payment in cash tokens from one holder to another on the embedded ledger (trading fees): the
 * payer's cash of the instrument in, {@code amount} to the payee and the change back to the payer
 * out, command {@code CashTokenContract.Move} (balanced, signed by the payer), once per request
 * key. In the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EmbeddedCashPayments {
  public static final String NOT_COVERED = "The payer's cash does not cover %d minor units of %s.";

  @Inject EmbeddedLedgerAccess access;

  public LedgerReceipt pay(
      RequestKey key,
      String cashInstrumentId,
      PartyName settlementBank,
      PartyName payer,
      PartyName payee,
      MoneyAmount amount) {
    return access.spendingCash(
        "cash payment",
        key,
        cashInstrumentId,
        settlementBank,
        payer,
        amount,
        cash ->
            PlanDrafts.draft(
                RequestKeyPlan.recorded(
                    plan(
                        cash,
                        cashInstrumentId,
                        amount,
                        access.planParty(settlementBank),
                        access.planParty(payer),
                        access.planParty(payee)),
                    key.value(),
                    access.planParty(payer))));
  }

  /** The move: {@code cash} (the payer's) in; the amount to the payee, the change to the payer. */
  static <R> TransactionPlan<R> plan(
      List<PlanInput<R, CashTokenState>> cash,
      String cashInstrumentId,
      MoneyAmount amount,
      PlanParty bank,
      PlanParty payer,
      PlanParty payee) {
    long total = 0;
    List<R> refs = new ArrayList<>();
    for (PlanInput<R, CashTokenState> in : cash) {
      refs.add(in.ref());
      total = Math.addExact(total, in.state().getAmount());
    }
    long change = total - amount.minorUnits();
    if (cash.isEmpty() || change < 0) {
      throw new LedgerException(String.format(NOT_COVERED, amount.minorUnits(), cashInstrumentId));
    }
    List<ContractState> outputs = new ArrayList<>();
    outputs.add(
        new CashTokenState(
            cashInstrumentId,
            amount.currencyCode(),
            bank.name(),
            bank.key(),
            payee.name(),
            payee.key(),
            amount.minorUnits()));
    if (change > 0) {
      outputs.add(cash.get(0).state().withAmount(change));
    }
    return TransactionPlan.of(
        refs, outputs, List.of(new CashTokenContract.Commands.Move()), List.of(payer.key()));
  }
}
