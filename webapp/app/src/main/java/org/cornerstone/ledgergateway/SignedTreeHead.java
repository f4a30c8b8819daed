package org.cornerstone.ledgergateway;

import java.time.Instant;
import java.util.Objects;

/**
 * The notary's signed head of the transaction log: its size, time and root, the notary key's
 * fingerprint ({@code SHA-256:HEX} of its X.509 bytes), and {@code json}, the head as the proof
 * documents carry it (with the key and signature).
 */
public record SignedTreeHead(
    long size, Instant timestamp, String rootHashHex, String notaryFingerprint, String json) {
  public SignedTreeHead {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(json, "json");
  }
}
