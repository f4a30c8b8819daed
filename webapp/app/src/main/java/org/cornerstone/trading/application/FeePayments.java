package org.cornerstone.trading.application;

import org.cornerstone.ledgergateway.LedgerReceipt;

/** How trading fees reach the market operator: a cash move on the ledger. */
public interface FeePayments {
  /** The ledger identity of the market operator, who receives the fees. */
  String operator();

  /**
   * Moves {@code minor} of the currency's cash token from the payer to the payee in one ledger
   * transaction; idempotent by {@code requestKey} (a repeat answers the transaction made first).
   */
  LedgerReceipt pay(String requestKey, String currency, String payer, String payee, long minor);
}
