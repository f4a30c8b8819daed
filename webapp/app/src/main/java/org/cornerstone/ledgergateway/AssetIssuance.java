package org.cornerstone.ledgergateway;

import static org.cornerstone.ledgergateway.Checks.positive;
import static org.cornerstone.ledgergateway.Checks.present;
import static org.cornerstone.ledgergateway.Checks.text;

/**
 * What to put on the ledger when an approved asset is tokenized: the asset (with its diligence
 * digest and valuation) and the first supply of its instrument, {@code quantity} whole tokens to
 * {@code firstHolder}, in one transaction signed by the issuer and the trustee.
 *
 * @param instrumentId the instrument the tokens are (the registry's id)
 * @param assetId the real-world asset the tokens stand for
 * @param assetKind {@code REAL_ESTATE} or {@code COPYRIGHT}
 * @param diligenceDigest SHA-256 (hex) over the onboarding evidence
 * @param valuation the tokenization cap the trustee approved
 */
public record AssetIssuance(
    RequestKey requestKey,
    String instrumentId,
    String assetId,
    String assetKind,
    PartyName issuer,
    PartyName trustee,
    PartyName registrar,
    PartyName firstHolder,
    long quantity,
    String diligenceDigest,
    MoneyAmount valuation) {
  public AssetIssuance {
    present(requestKey, "requestKey");
    text(instrumentId, "instrumentId");
    text(assetId, "assetId");
    text(assetKind, "assetKind");
    present(issuer, "issuer");
    present(trustee, "trustee");
    present(registrar, "registrar");
    present(firstHolder, "firstHolder");
    positive(quantity, "quantity");
    present(valuation, "valuation");
  }
}
