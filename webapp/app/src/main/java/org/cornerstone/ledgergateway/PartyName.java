package org.cornerstone.ledgergateway;

import java.util.Objects;

/**
 * A party on the ledger by its X.500 name (e.g. {@code CN=Harbour Realty Ltd, O=Harbour Realty Ltd,
 * L=Shenzhen, C=CN}): an issuer, holder, registrar, trustee or settlement bank. The ledger resolves
 * the party's keys from it.
 */
public record PartyName(String x500) {
  public PartyName {
    Objects.requireNonNull(x500, "x500");
    if (x500.isBlank()) {
      throw new IllegalArgumentException("A party name must not be blank");
    }
  }

  public static PartyName of(String x500) {
    return new PartyName(x500);
  }

  @Override
  public String toString() {
    return x500;
  }
}
