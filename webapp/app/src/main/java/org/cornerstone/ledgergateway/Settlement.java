package org.cornerstone.ledgergateway;

/** Settles trades and allocations on the ledger. Each call is idempotent by its request key. */
public interface Settlement {
  /** Tokens one way and cash the other in one transaction: both or neither. */
  LedgerReceipt settle(DvpSettlement settlement);
}
