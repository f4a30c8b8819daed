package org.cornerstone.ledgergateway;

/**
 * Sells a pool to an SPV (issue 14's true sale): every leg in one transaction, signed by the
 * seller, the registrar and the SPV. Idempotent by the request key.
 */
public interface PoolSales {
  LedgerReceipt sell(PoolSale sale);
}
