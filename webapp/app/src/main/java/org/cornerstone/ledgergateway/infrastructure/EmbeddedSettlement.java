package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cornerstone.cordapp.plan.DvpPlan;
import org.cornerstone.ledger.embedded.plan.PlanDrafts;
import org.cornerstone.ledgergateway.DvpSettlement;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.Settlement;
import org.cornerstone.ledgergateway.infrastructure.EmbeddedLedgerAccess.Holdings;

/**
 * {@link Settlement} on the embedded ledger: claims the seller's holdings, picks the buyer's cash
 * and builds one transaction from the CorDapp's {@link DvpPlan} (both legs), the plan the flows
 * use.
 */
@ApplicationScoped
@Typed(EmbeddedSettlement.class)
@Transactional(Transactional.TxType.MANDATORY)
public class EmbeddedSettlement implements Settlement {
  @Inject EmbeddedLedgerAccess access;

  public EmbeddedSettlement() {}

  EmbeddedSettlement(EmbeddedLedgerAccess access) {
    this.access = access;
  }

  @Override
  public LedgerReceipt settle(DvpSettlement settlement) {
    return access.spendingHoldings(
        "settlement",
        settlement.requestKey(),
        settlement.instrumentId(),
        settlement.issuer(),
        settlement.seller(),
        Holdings.UNFROZEN,
        settlement.quantity(),
        holdings ->
            PlanDrafts.draft(
                DvpPlan.plan(
                    new DvpPlan.Request(
                        settlement.instrumentId(),
                        settlement.quantity(),
                        access.planParty(settlement.seller()),
                        access.planParty(settlement.buyer()),
                        new DvpPlan.Price(
                            settlement.cashInstrumentId(),
                            settlement.price().currencyCode(),
                            access.planParty(settlement.settlementBank()),
                            settlement.price().minorUnits())),
                    holdings,
                    PlanDrafts.inputs(
                        access.cashCovering(
                            settlement.buyer(),
                            settlement.cashInstrumentId(),
                            settlement.settlementBank(),
                            settlement.price())))));
  }
}
