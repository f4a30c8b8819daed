package org.cornerstone.ledgergateway;

/**
 * Settles payments versus payments on the ledger (two cash legs in two currencies, each of its own
 * settlement bank). Each call is idempotent by its request key.
 */
public interface PvpSettlements {
  /** Both legs in one transaction, or neither. */
  LedgerReceipt settle(PvpSettlement settlement);
}
