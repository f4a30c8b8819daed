package org.cornerstone.ledgergateway;

import java.util.Objects;

/**
 * A proof from the transaction log as the document a holder or auditor downloads: {@code json} is
 * the ledger's own serialisation (what {@code VerifyLedger --proof} reads), the other fields say
 * what it proves.
 *
 * @param kind {@code inclusion} or {@code consistency}
 * @param transactionId the transaction an inclusion proof is about; null for consistency
 * @param treeSize the size of the (second) signed head the proof ends at
 */
public record LogProofDocument(String kind, String transactionId, long treeSize, String json) {
  public LogProofDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(json, "json");
  }
}
