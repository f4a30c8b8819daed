package org.cornerstone.ledger;

import java.util.Objects;

/**
 * What to put on the ledger when an approved asset is tokenized. Parties are X.500 names of the
 * organisations; the ledger resolves their keys. {@code instrumentId} is the registry's instrument
 * the tokens are of; {@code assetId} the real-world asset behind it.
 */
public record AssetIssuance(
    String requestKey,
    String assetId,
    String instrumentId,
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
    Objects.requireNonNull(instrumentId, "instrumentId");
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive");
    }
  }
}
