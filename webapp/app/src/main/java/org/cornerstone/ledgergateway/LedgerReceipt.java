package org.cornerstone.ledgergateway;

import java.time.Instant;
import java.util.Objects;

/** A committed ledger transaction: the answer to every ledger command. */
public record LedgerReceipt(String transactionId, Instant committedAt) {
  public LedgerReceipt {
    Objects.requireNonNull(transactionId, "transactionId");
  }
}
