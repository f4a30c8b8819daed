package org.cornerstone.ledger;

import java.util.Objects;

/**
 * What to put on the ledger when an approved asset is tokenized. Parties are X.500 names of the
 * organisations; the ledger resolves their keys.
 */
public record AssetIssuance(
    String requestKey,
    String assetId,
    String assetKind,
    String issuer,
    String trustee,
    String registrar,
    String firstHolder,
    long quantity,
    String diligenceDigest,
    long valuationMinorUnits,
    String valuationCurrency) {
  public AssetIssuance {
    Objects.requireNonNull(requestKey, "requestKey");
    Objects.requireNonNull(assetId, "assetId");
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive");
    }
  }
}
