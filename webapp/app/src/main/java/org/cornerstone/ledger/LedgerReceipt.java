package org.cornerstone.ledger;

import java.time.Instant;

/** A committed ledger transaction. */
public record LedgerReceipt(String transactionId, Instant committedAt) {}
