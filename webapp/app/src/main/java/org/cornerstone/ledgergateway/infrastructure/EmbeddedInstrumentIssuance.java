package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import net.corda.v5.ledger.utxo.StateRef;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.plan.CashIssuancePlan;
import org.cornerstone.cordapp.plan.CashRedemptionPlan;
import org.cornerstone.cordapp.plan.IssuancePlan;
import org.cornerstone.cordapp.plan.RedemptionPlan;
import org.cornerstone.cordapp.plan.RequestKeyPlan;
import org.cornerstone.ledger.embedded.Consent;
import org.cornerstone.ledgergateway.AssetIssuance;
import org.cornerstone.ledgergateway.CashIssuance;
import org.cornerstone.ledgergateway.CashRedemption;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.TokenRedemption;
import org.cornerstone.ledgergateway.infrastructure.EmbeddedLedgerAccess.Consenting;
import org.cornerstone.ledgergateway.infrastructure.EmbeddedLedgerAccess.Holdings;

/**
 * {@link InstrumentIssuance} on the embedded ledger: each transaction is built by the CorDapp's
 * plan for the operation ({@link IssuancePlan}, {@link RedemptionPlan}, {@link CashIssuancePlan},
 * {@link CashRedemptionPlan}), the plans the flows use, then verified by the contracts and signed
 * on PostgreSQL inside the caller's JTA transaction, so the asset's status and its tokens commit
 * together.
 */
@ApplicationScoped
@Typed(EmbeddedInstrumentIssuance.class)
@Transactional(Transactional.TxType.MANDATORY)
public class EmbeddedInstrumentIssuance implements InstrumentIssuance {
  @Inject EmbeddedLedgerAccess access;

  public EmbeddedInstrumentIssuance() {}

  EmbeddedInstrumentIssuance(EmbeddedLedgerAccess access) {
    this.access = access;
  }

  @Override
  public LedgerReceipt issue(AssetIssuance issuance) {
    return access.submit(
        "issuance",
        issuance.requestKey(),
        () ->
            access.draft(
                RequestKeyPlan.recorded(
                    IssuancePlan.<StateRef>plan(
                        new IssuancePlan.Request(
                            issuance.assetId(),
                            issuance.instrumentId(),
                            AssetKind.valueOf(issuance.assetKind()),
                            access.planParty(issuance.issuer()),
                            access.planParty(issuance.trustee()),
                            access.planParty(issuance.registrar()),
                            issuance.diligenceDigest(),
                            issuance.valuation().minorUnits(),
                            issuance.valuation().currencyCode(),
                            List.of(
                                new IssuancePlan.Allocation(
                                    access.planParty(issuance.firstHolder()),
                                    issuance.quantity())))),
                    issuance.requestKey().value(),
                    access.planParty(issuance.issuer())),
                issuance.requestKey(),
                null,
                Consenting.of(issuance.issuer(), Consent.Kind.APPROVAL),
                Consenting.of(issuance.trustee(), Consent.Kind.APPROVAL)));
  }

  @Override
  public LedgerReceipt redeem(TokenRedemption redemption) {
    return access.spendingHoldings(
        "redemption",
        redemption.requestKey(),
        redemption.instrumentId(),
        redemption.issuer(),
        redemption.holder(),
        Holdings.UNFROZEN,
        redemption.quantity(),
        holdings ->
            access.draft(
                RequestKeyPlan.recorded(
                    RedemptionPlan.plan(
                        new RedemptionPlan.Request(
                            redemption.instrumentId(), redemption.quantity()),
                        holdings),
                    redemption.requestKey().value(),
                    access.planParty(redemption.holder())),
                redemption.requestKey(),
                null,
                Consenting.of(redemption.holder(), Consent.Kind.INSTRUCTION),
                Consenting.of(redemption.issuer(), Consent.Kind.APPROVAL)));
  }

  @Override
  public LedgerReceipt issueCash(CashIssuance issuance) {
    return access.submit(
        "cash issuance",
        issuance.requestKey(),
        () ->
            access.draft(
                RequestKeyPlan.recorded(
                    CashIssuancePlan.<StateRef>plan(
                        new CashIssuancePlan.Request(
                            issuance.instrumentId(),
                            issuance.amount().currencyCode(),
                            access.planParty(issuance.settlementBank()),
                            List.of(
                                new CashIssuancePlan.Allocation(
                                    access.planParty(issuance.holder()),
                                    issuance.amount().minorUnits())))),
                    issuance.requestKey().value(),
                    access.planParty(issuance.settlementBank())),
                issuance.requestKey(),
                null,
                Consenting.of(issuance.settlementBank(), Consent.Kind.APPROVAL)));
  }

  @Override
  public LedgerReceipt redeemCash(CashRedemption redemption) {
    return access.spendingCash(
        "cash redemption",
        redemption.requestKey(),
        redemption.instrumentId(),
        redemption.settlementBank(),
        redemption.holder(),
        redemption.amount(),
        cash ->
            access.draft(
                RequestKeyPlan.recorded(
                    CashRedemptionPlan.plan(
                        new CashRedemptionPlan.Request(
                            redemption.instrumentId(), redemption.amount().minorUnits()),
                        cash),
                    redemption.requestKey().value(),
                    access.planParty(redemption.holder())),
                redemption.requestKey(),
                null,
                Consenting.of(redemption.holder(), Consent.Kind.INSTRUCTION),
                Consenting.of(redemption.settlementBank(), Consent.Kind.APPROVAL)));
  }
}
