package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.plan.CashPaymentPlan;
import org.cornerstone.cordapp.plan.PlanInput;
import org.cornerstone.cordapp.plan.PlanParty;
import org.cornerstone.cordapp.plan.RequestKeyPlan;
import org.cornerstone.cordapp.plan.TransactionPlan;
import org.cornerstone.ledger.embedded.Consent;
import org.cornerstone.ledgergateway.CashBatchPayment;
import org.cornerstone.ledgergateway.CashPayment;
import org.cornerstone.ledgergateway.CashPayments;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.infrastructure.EmbeddedLedgerAccess.Consenting;

/**
 * {@link CashPayments} on the embedded ledger: the CorDapp's {@link CashPaymentPlan} (the payer's
 * cash of the instrument in, the amount to the payee and the change back to the payer out, command
 * {@code CashTokenContract.Move}, signed by the payer) with the request key recorded, the same
 * transaction {@code PayCashFlow} builds on Corda. Once per request key; in the caller's
 * transaction.
 */
@ApplicationScoped
@Typed(EmbeddedCashPayments.class)
@Transactional(Transactional.TxType.MANDATORY)
public class EmbeddedCashPayments implements CashPayments {

  @Inject EmbeddedLedgerAccess access;

  public EmbeddedCashPayments() {}

  EmbeddedCashPayments(EmbeddedLedgerAccess access) {
    this.access = access;
  }

  @Override
  public LedgerReceipt pay(CashPayment payment) {
    return access.spendingCash(
        "cash payment",
        payment.requestKey(),
        payment.cashInstrumentId(),
        payment.settlementBank(),
        payment.payer(),
        payment.amount(),
        cash -> {
          PlanParty payer = access.planParty(payment.payer());
          return access.draft(
              RequestKeyPlan.recorded(
                  plan(cash, payment, payer, access.planParty(payment.payee())),
                  payment.requestKey().value(),
                  payer),
              payment.requestKey(),
              null,
              Consenting.of(payment.payer(), Consent.Kind.INSTRUCTION));
        });
  }

  /**
   * A payment to several payees in one transaction ({@link CashPaymentPlan#planBatch}), once per
   * request key.
   */
  @Override
  public LedgerReceipt payBatch(CashBatchPayment batch) {
    return access.spendingCash(
        "cash batch payment",
        batch.requestKey(),
        batch.cashInstrumentId(),
        batch.settlementBank(),
        batch.payer(),
        batch.total(),
        cash -> {
          PlanParty payer = access.planParty(batch.payer());
          List<CashPaymentPlan.Payee> payees =
              batch.payees().stream()
                  .map(
                      p ->
                          new CashPaymentPlan.Payee(
                              access.planParty(p.party()), p.amount().minorUnits()))
                  .toList();
          return access.draft(
              RequestKeyPlan.recorded(
                  CashPaymentPlan.planBatch(
                      new CashPaymentPlan.BatchRequest(batch.cashInstrumentId(), payer, payees),
                      cash),
                  batch.requestKey().value(),
                  payer),
              batch.requestKey(),
              null,
              Consenting.of(batch.payer(), Consent.Kind.APPROVAL));
        });
  }

  /** The payment's plan over the payer's {@code cash}. */
  static <R> TransactionPlan<R> plan(
      List<PlanInput<R, CashTokenState>> cash,
      CashPayment payment,
      PlanParty payer,
      PlanParty payee) {
    return CashPaymentPlan.plan(
        new CashPaymentPlan.Request(
            payment.cashInstrumentId(), payer, payee, payment.amount().minorUnits()),
        cash);
  }
}
