package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import net.corda.v5.ledger.utxo.StateRef;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.plan.PlanInput;
import org.cornerstone.cordapp.plan.PlanParty;
import org.cornerstone.cordapp.plan.PvpPlan;
import org.cornerstone.cordapp.plan.RequestKeyPlan;
import org.cornerstone.cordapp.plan.TransactionPlan;
import org.cornerstone.ledger.embedded.Consent;
import org.cornerstone.ledger.embedded.TransactionDraft;
import org.cornerstone.ledger.embedded.plan.PlanDrafts;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PvpSettlement;
import org.cornerstone.ledgergateway.PvpSettlements;
import org.cornerstone.ledgergateway.infrastructure.EmbeddedLedgerAccess.Consenting;

/**
 * {@link PvpSettlements} on the embedded ledger: selects party A's cash of its leg, reads B's cash
 * of the other, and builds one transaction from the CorDapp's {@link PvpPlan} (both legs, command
 * {@code CashTokenContract.PvP} carrying the agreed terms, the request key recorded for A), the
 * plan {@code SettlePvpFlow} and its responder use. Signed on both parties' instructions under the
 * request key. Once per request key; in the caller's transaction.
 */
@ApplicationScoped
@Typed(EmbeddedPvpSettlements.class)
@Transactional(Transactional.TxType.MANDATORY)
public class EmbeddedPvpSettlements implements PvpSettlements {
  @Inject EmbeddedLedgerAccess access;

  public EmbeddedPvpSettlements() {}

  EmbeddedPvpSettlements(EmbeddedLedgerAccess access) {
    this.access = access;
  }

  @Override
  public LedgerReceipt settle(PvpSettlement settlement) {
    return access.spendingCash(
        "PvP settlement",
        settlement.requestKey(),
        settlement.payA().cashInstrumentId(),
        settlement.payA().settlementBank(),
        settlement.partyA(),
        settlement.payA().amount(),
        cashOfA -> draft(settlement, cashOfA));
  }

  private TransactionDraft draft(
      PvpSettlement settlement, List<PlanInput<StateRef, CashTokenState>> cashOfA) {
    PvpSettlement.Leg legB = settlement.payB();
    List<PlanInput<StateRef, CashTokenState>> cashOfB =
        PlanDrafts.inputs(
            access.cashCovering(
                settlement.partyB(),
                legB.cashInstrumentId(),
                legB.settlementBank(),
                legB.amount()));
    PlanParty a = access.planParty(settlement.partyA());
    return access.draft(
        RequestKeyPlan.recorded(
            plan(request(settlement, a, access.planParty(settlement.partyB())), cashOfA, cashOfB),
            settlement.requestKey().value(),
            a),
        settlement.requestKey(),
        null,
        Consenting.of(settlement.partyA(), Consent.Kind.INSTRUCTION),
        Consenting.of(settlement.partyB(), Consent.Kind.INSTRUCTION));
  }

  /**
   * The plan's request: the parties, each leg's bank and amount, the rate as plain decimal text.
   */
  PvpPlan.Request request(PvpSettlement settlement, PlanParty a, PlanParty b) {
    return new PvpPlan.Request(
        a,
        b,
        payment(settlement.payA()),
        payment(settlement.payB()),
        settlement.baseCurrency(),
        settlement.rate().toPlainString());
  }

  private PvpPlan.Payment payment(PvpSettlement.Leg leg) {
    return new PvpPlan.Payment(
        leg.cashInstrumentId(),
        leg.amount().currencyCode(),
        access.planParty(leg.settlementBank()),
        leg.amount().minorUnits());
  }

  /** Both legs: A's (with the command) then B's, as the flow and its responder build them. */
  static <R> TransactionPlan<R> plan(
      PvpPlan.Request request,
      List<PlanInput<R, CashTokenState>> cashOfA,
      List<PlanInput<R, CashTokenState>> cashOfB) {
    return PvpPlan.plan(request, cashOfA, cashOfB);
  }
}
