package org.cornerstone.ledgergateway;

import java.util.Optional;

/** Looks up committed ledger transactions, for users and auditors. */
public interface LedgerTransactions {
  /** The committed transaction with this id; empty if the ledger knows none (or cannot tell). */
  Optional<LedgerTransactionView> transaction(String transactionId);
}
