package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import net.corda.v5.ledger.utxo.StateRef;
import org.cornerstone.cordapp.plan.DvpPlan;
import org.cornerstone.cordapp.plan.PlanInput;
import org.cornerstone.cordapp.plan.RequestKeyPlan;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.cornerstone.ledger.embedded.Consent;
import org.cornerstone.ledger.embedded.TransactionDraft;
import org.cornerstone.ledger.embedded.plan.PlanDrafts;
import org.cornerstone.ledgergateway.DvpSettlement;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.Settlement;
import org.cornerstone.ledgergateway.infrastructure.EmbeddedLedgerAccess.Consenting;
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
        holdings -> draft(settlement, holdings));
  }

  /**
   * As {@code SettleDvpFlow} and its responder build it: the seller's leg with the seller's request
   * key, then the buyer's cash leg.
   */
  private TransactionDraft draft(
      DvpSettlement settlement, List<PlanInput<StateRef, AssetTokenState>> holdings) {
    DvpPlan.Request trade =
        new DvpPlan.Request(
            settlement.instrumentId(),
            settlement.quantity(),
            access.planParty(settlement.seller()),
            access.planParty(settlement.buyer()),
            new DvpPlan.Price(
                settlement.cashInstrumentId(),
                settlement.price().currencyCode(),
                access.planParty(settlement.settlementBank()),
                settlement.price().minorUnits()));
    return access.draft(
        RequestKeyPlan.recorded(
                DvpPlan.assetLeg(trade, holdings),
                settlement.requestKey().value(),
                access.planParty(settlement.seller()))
            .plus(
                DvpPlan.cashLeg(
                    trade.buyer(),
                    trade.price(),
                    PlanDrafts.inputs(
                        access.cashCovering(
                            settlement.buyer(),
                            settlement.cashInstrumentId(),
                            settlement.settlementBank(),
                            settlement.price())))),
        settlement.requestKey(),
        Consent.Kind.RULES,
        Consenting.of(settlement.seller(), Consent.Kind.ORDER),
        Consenting.of(settlement.buyer(), Consent.Kind.ORDER));
  }
}
