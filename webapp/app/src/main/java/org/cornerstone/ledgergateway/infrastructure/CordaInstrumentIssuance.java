package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.cornerstone.corda.client.LedgerCheck;
import org.cornerstone.ledgergateway.AssetIssuance;
import org.cornerstone.ledgergateway.CashIssuance;
import org.cornerstone.ledgergateway.CashRedemption;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.TokenRedemption;

/**
 * {@link InstrumentIssuance} on a Corda 5 cluster: {@code IssueAssetFlow} on the issuer's node,
 * {@code RedeemTokensFlow} on the holder's; cash is issued on the settlement bank's node and
 * redeemed on the holder's.
 */
@ApplicationScoped
@Typed(CordaInstrumentIssuance.class)
public class CordaInstrumentIssuance implements InstrumentIssuance {
  static final String ISSUE_FLOW = CordaFlows.FLOWS + "issue.IssueAssetFlow";
  static final String REDEEM_FLOW = CordaFlows.FLOWS + "redeem.RedeemTokensFlow";

  /**
   * Cash issuance (issue 11), on the settlement bank's node, with the body of the CorDapp's {@code
   * IssueCashRequest}: {@code requestId, instrumentId, currency, amount, holder}.
   */
  static final String ISSUE_CASH_FLOW = CordaFlows.FLOWS + "cash.IssueCashFlow";

  /**
   * Cash redemption (issue 11), on the holder's node like {@code RedeemTokensFlow}, with the body
   * of the CorDapp's {@code RedeemCashRequest}: {@code requestId, instrumentId, currency, issuer,
   * amount}.
   */
  static final String REDEEM_CASH_FLOW = CordaFlows.FLOWS + "cash.RedeemCashFlow";

  @Inject CordaFlows flows;

  public CordaInstrumentIssuance() {}

  CordaInstrumentIssuance(CordaFlows flows) {
    this.flows = flows;
  }

  @Override
  public LedgerReceipt issue(AssetIssuance issuance) {
    Map<String, Object> body = CordaFlows.body(issuance.requestKey());
    body.put("assetId", issuance.assetId());
    body.put(CordaFlows.INSTRUMENT_FIELD, issuance.instrumentId());
    body.put("kind", issuance.assetKind());
    body.put("trustee", issuance.trustee().x500());
    body.put("registrar", issuance.registrar().x500());
    body.put("diligenceDigest", issuance.diligenceDigest());
    body.put("valuationMinorUnits", issuance.valuation().minorUnits());
    body.put("valuationCurrency", issuance.valuation().currencyCode());
    body.put(
        "allocations",
        List.of(Map.of("holder", issuance.firstHolder().x500(), "quantity", issuance.quantity())));
    return flows.command(
        issuance.issuer(),
        issuance.requestKey(),
        ISSUE_FLOW,
        body,
        LedgerCheck.issuedBefore(
            issuance.requestKey().value(), issuance.assetId(), issuance.instrumentId()));
  }

  @Override
  public LedgerReceipt redeem(TokenRedemption redemption) {
    Map<String, Object> body = CordaFlows.body(redemption.requestKey());
    body.put(CordaFlows.INSTRUMENT_FIELD, redemption.instrumentId());
    body.put("issuer", redemption.issuer().x500());
    body.put("quantity", redemption.quantity());
    return flows.command(redemption.holder(), redemption.requestKey(), REDEEM_FLOW, body);
  }

  @Override
  public LedgerReceipt issueCash(CashIssuance issuance) {
    Map<String, Object> body = CordaFlows.body(issuance.requestKey());
    body.put(CordaFlows.INSTRUMENT_FIELD, issuance.instrumentId());
    body.put("currency", issuance.amount().currencyCode());
    body.put("amount", issuance.amount().minorUnits());
    body.put("holder", issuance.holder().x500());
    return flows.command(issuance.settlementBank(), issuance.requestKey(), ISSUE_CASH_FLOW, body);
  }

  @Override
  public LedgerReceipt redeemCash(CashRedemption redemption) {
    Map<String, Object> body = CordaFlows.body(redemption.requestKey());
    body.put(CordaFlows.INSTRUMENT_FIELD, redemption.instrumentId());
    body.put("currency", redemption.amount().currencyCode());
    body.put("issuer", redemption.settlementBank().x500());
    body.put("amount", redemption.amount().minorUnits());
    return flows.command(redemption.holder(), redemption.requestKey(), REDEEM_CASH_FLOW, body);
  }
}
