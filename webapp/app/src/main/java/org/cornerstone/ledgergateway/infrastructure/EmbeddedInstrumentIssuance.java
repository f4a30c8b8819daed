package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cornerstone.cordapp.asset.AssetContract;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.asset.AssetState;
import org.cornerstone.cordapp.asset.AssetStatus;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.cornerstone.ledger.embedded.Party;
import org.cornerstone.ledger.embedded.TransactionDraft;
import org.cornerstone.ledgergateway.AssetIssuance;
import org.cornerstone.ledgergateway.CashIssuance;
import org.cornerstone.ledgergateway.CashRedemption;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.TokenRedemption;

/**
 * {@link InstrumentIssuance} on the embedded ledger: the CorDapp's states and contracts, verified
 * and signed on PostgreSQL inside the caller's JTA transaction, so the asset's status and its
 * tokens commit together.
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
    Party issuer = access.party(issuance.issuer());
    Party trustee = access.party(issuance.trustee());
    Party registrar = access.party(issuance.registrar());
    Party holder = access.party(issuance.firstHolder());
    AssetState asset =
        new AssetState(
            issuance.assetId(),
            AssetKind.valueOf(issuance.assetKind()),
            issuer.name(),
            issuer.publicKey(),
            trustee.name(),
            trustee.publicKey(),
            registrar.name(),
            registrar.publicKey(),
            issuance.diligenceDigest(),
            AssetStatus.ACTIVE,
            issuance.valuation().minorUnits(),
            issuance.valuation().currencyCode());
    AssetTokenState tokens =
        new AssetTokenState(
            issuance.instrumentId(),
            issuer.name(),
            issuer.publicKey(),
            holder.name(),
            holder.publicKey(),
            registrar.name(),
            registrar.publicKey(),
            issuance.quantity(),
            false);
    TransactionDraft draft =
        TransactionDraft.builder()
            .output(asset, tokens)
            .command(new AssetContract.Commands.Create(), new AssetTokenContract.Commands.Issue())
            .signatory(issuer.publicKey(), trustee.publicKey())
            .build();
    return submit("issuance", issuance.requestKey().value(), draft);
  }

  @Override
  public LedgerReceipt redeem(TokenRedemption redemption) {
    throw new LedgerException(String.format(EmbeddedLedgerAccess.NO_PLAN_YET, "redeem tokens"));
  }

  @Override
  public LedgerReceipt issueCash(CashIssuance issuance) {
    throw new LedgerException(String.format(EmbeddedLedgerAccess.NO_PLAN_YET, "issue cash"));
  }

  @Override
  public LedgerReceipt redeemCash(CashRedemption redemption) {
    throw new LedgerException(String.format(EmbeddedLedgerAccess.NO_PLAN_YET, "redeem cash"));
  }

  private LedgerReceipt submit(String what, String requestKey, TransactionDraft draft) {
    try {
      return EmbeddedLedgerAccess.receipt(access.ledger().submit(requestKey, draft));
    } catch (RuntimeException e) {
      throw new LedgerException("The ledger refused the " + what + ": " + e.getMessage(), e);
    }
  }
}
