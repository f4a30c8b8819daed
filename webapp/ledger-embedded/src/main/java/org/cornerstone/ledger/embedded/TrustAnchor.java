package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.util.List;
import java.util.Objects;

/**
 * What an offline auditor trusts before reading an export: the notary's public key, or the SHA-256
 * fingerprint of its X.509 bytes (then the key is the one the export names, if it hashes to the
 * fingerprint). Obtained out of band, never from the export alone.
 */
public final class TrustAnchor {

  private final PublicKey key;
  private final LedgerHash fingerprint;

  private TrustAnchor(PublicKey key, LedgerHash fingerprint) {
    this.key = key;
    this.fingerprint = fingerprint;
  }

  public static TrustAnchor ofKey(PublicKey notaryKey) {
    return new TrustAnchor(Objects.requireNonNull(notaryKey, "notaryKey"), null);
  }

  public static TrustAnchor ofFingerprint(LedgerHash fingerprint) {
    return new TrustAnchor(null, Objects.requireNonNull(fingerprint, "fingerprint"));
  }

  /** The fingerprint of {@code key}: SHA-256 of its X.509 encoding. */
  public static LedgerHash fingerprintOf(PublicKey key) {
    return LedgerHash.sha256(key.getEncoded());
  }

  /**
   * The notary key to verify against, given the key the export names ({@code null} if none), or
   * null with a problem added when they do not chain.
   */
  PublicKey resolve(PublicKey named, List<String> problems) {
    if (key != null) {
      if (named != null && !named.equals(key)) {
        problems.add(
            "The export's notary key "
                + LedgerJson.encodeKey(named)
                + " is not the trust anchor "
                + LedgerJson.encodeKey(key));
      }
      return key;
    }
    if (named == null) {
      problems.add("The export names no notary key to check against the fingerprint");
      return null;
    }
    if (!fingerprintOf(named).equals(fingerprint)) {
      problems.add(
          "The export's notary key has fingerprint "
              + fingerprintOf(named)
              + ", not the trust anchor "
              + fingerprint);
      return null;
    }
    return named;
  }
}
