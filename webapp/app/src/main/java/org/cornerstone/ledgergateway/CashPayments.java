package org.cornerstone.ledgergateway;

/** Pays cash tokens from one holder to another. Each call is idempotent by its request key. */
public interface CashPayments {
  /** The payee receives exactly the amount; the payer keeps the change. */
  LedgerReceipt pay(CashPayment payment);

  /**
   * Pays several payees from one payer, idempotent by the batch's request key. The embedded ledger
   * and the Corda adapter ({@code PayCashBatchFlow}) make one transaction of it. This default, for
   * an adapter without a batch payment, pays each payee with {@link #pay} under {@code <batch
   * key>.<index>} (each idempotent, so a retried batch pays only what is missing) and answers the
   * last payment's transaction.
   */
  default LedgerReceipt payBatch(CashBatchPayment batch) {
    LedgerReceipt last = null;
    int index = 0;
    for (CashBatchPayment.Payee payee : batch.payees()) {
      last =
          pay(
              new CashPayment(
                  RequestKey.of(batch.requestKey().value() + "." + index++),
                  batch.cashInstrumentId(),
                  batch.settlementBank(),
                  batch.payer(),
                  payee.party(),
                  payee.amount()));
    }
    return last;
  }
}
