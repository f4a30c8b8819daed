package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.util.Objects;

/** A signature over a transaction id's bytes, with the key that made it. */
public record TransactionSignature(PublicKey by, byte[] bytes) {

  public TransactionSignature {
    Objects.requireNonNull(by, "by");
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Whether this is a valid signature of {@code transactionId}. */
  public boolean isValidFor(LedgerHash transactionId) {
    return PartyDirectory.isValidSignature(by, transactionId.getBytes(), bytes);
  }
}
