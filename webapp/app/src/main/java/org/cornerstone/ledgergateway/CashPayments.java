package org.cornerstone.ledgergateway;

/** Pays cash tokens from one holder to another. Each call is idempotent by its request key. */
public interface CashPayments {
  /** The payee receives exactly the amount; the payer keeps the change. */
  LedgerReceipt pay(CashPayment payment);
}
