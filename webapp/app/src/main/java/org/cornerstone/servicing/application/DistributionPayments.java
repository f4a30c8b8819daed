package org.cornerstone.servicing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.cornerstone.ledgergateway.CashBatchPayment;
import org.cornerstone.ledgergateway.CashPayments;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.servicing.domain.DistributionStore;
import org.cornerstone.servicing.domain.StoredDistribution;
import org.cornerstone.servicing.domain.StoredEntitlement;

/**
 * Pays a distribution's entitlements batch by batch: each batch (its entitlements numbered when
 * they were computed) is one ledger payment from the payer to its holders under request key {@code
 * distribution-<id>.batch-<n>}, made in a transaction of its own that also marks its entitlements
 * PAID. A crash after some batches leaves them paid; the retry pays only the batches still pending,
 * and a batch whose ledger transaction was made but not recorded is found by its key instead of
 * being paid again. So each (distribution, holder) is paid once.
 */
public class DistributionPayments {
  /** Runs work in a transaction of its own. */
  public interface Transactions {
    <T> T inNew(Supplier<T> work);
  }

  private final DistributionStore store;
  private final CashPayments payments;
  private final Transactions transactions;
  private final Clock clock;

  public DistributionPayments(
      DistributionStore store, CashPayments payments, Transactions transactions, Clock clock) {
    this.store = store;
    this.payments = payments;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** The ledger request key of a batch. */
  public static RequestKey batchKey(String distributionId, int batchNo) {
    return RequestKey.forStep("distribution-" + distributionId, "batch-" + batchNo);
  }

  /**
   * Pays every batch with an unpaid entitlement; answers how many batches it paid now.
   *
   * @param cashInstrumentId the cash token of the distribution's currency
   * @param settlementBank the issuer of that cash
   */
  public int payPending(String distributionId, String cashInstrumentId, PartyName settlementBank) {
    List<Integer> batches =
        transactions.inNew(
            () ->
                store.entitlements(distributionId).stream()
                    .filter(e -> StoredEntitlement.PENDING.equals(e.state()))
                    .map(StoredEntitlement::batchNo)
                    .distinct()
                    .sorted()
                    .toList());
    int paid = 0;
    for (Integer batch : batches) {
      paid +=
          transactions.inNew(
              () -> payBatch(distributionId, batch, cashInstrumentId, settlementBank));
    }
    return paid;
  }

  private int payBatch(
      String distributionId, int batchNo, String cashInstrumentId, PartyName settlementBank) {
    StoredDistribution d =
        store
            .findForUpdate(distributionId)
            .orElseThrow(() -> new IllegalStateException("Unknown distribution " + distributionId));
    Map<String, StoredEntitlement> pending = new TreeMap<>();
    for (StoredEntitlement e : store.entitlements(distributionId)) {
      if (e.batchNo() != null
          && e.batchNo() == batchNo
          && StoredEntitlement.PENDING.equals(e.state())) {
        pending.put(e.holder(), e);
      }
    }
    if (pending.isEmpty()) {
      return 0; // paid by an earlier attempt
    }
    List<CashBatchPayment.Payee> payees = new ArrayList<>();
    for (StoredEntitlement e : pending.values()) {
      payees.add(
          new CashBatchPayment.Payee(
              PartyName.of(e.holder()), MoneyAmount.of(e.netMinor(), d.currency())));
    }
    LedgerReceipt receipt =
        payments.payBatch(
            new CashBatchPayment(
                batchKey(distributionId, batchNo),
                cashInstrumentId,
                settlementBank,
                PartyName.of(d.payer()),
                payees));
    Instant now = receipt.committedAt() == null ? clock.instant() : receipt.committedAt();
    for (StoredEntitlement e : pending.values()) {
      store.update(e.paid(receipt.transactionId(), now));
    }
    return 1;
  }
}
