package org.cornerstone.servicing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cornerstone.servicing.domain.DistributionStore;
import org.cornerstone.servicing.domain.StoredDistribution;
import org.cornerstone.servicing.domain.StoredEntitlement;

/**
 * Distributions decided elsewhere (a securitization's payment date: the trustee approved the
 * waterfall) and paid by this context's machinery: stored APPROVED, then entitlements from the cap
 * table at the record date, funding and payment in batches, each step idempotent by the
 * distribution id.
 */
@ApplicationScoped
public class ApprovedDistributions {
  /**
   * An approved distribution to pay.
   *
   * @param id at most 40 characters; the idempotency key
   * @param period unique per instrument
   * @param payer the ledger identity that pays the holders
   * @param evidence what decided the amount (e.g. the waterfall's result JSON)
   */
  public record Approved(
      String id,
      String instrumentId,
      String instrumentName,
      String period,
      String currency,
      long amountMinor,
      LocalDate recordDate,
      LocalDate paymentDate,
      String payer,
      String reportedBy,
      Instant reportedAt,
      String approvedBy,
      String evidenceName,
      String evidenceMediaType,
      String evidenceSha256,
      byte[] evidence) {}

  @Inject DistributionStore store;
  @Inject DistributionStepsService steps;
  @Inject DistributionPayments.Transactions transactions;

  /** Stores the distribution unless it exists already (by id). */
  @Transactional
  public void record(Approved a) {
    if (store.find(a.id()).isPresent()) {
      return;
    }
    store.add(
        new StoredDistribution(
            a.id(),
            a.instrumentId(),
            a.instrumentName(),
            a.period(),
            a.currency(),
            a.amountMinor(),
            0,
            a.amountMinor(),
            0,
            0,
            null,
            a.recordDate(),
            a.paymentDate(),
            a.payer(),
            StoredDistribution.APPROVED,
            a.reportedBy(),
            a.reportedAt(),
            a.approvedBy(),
            null,
            false,
            null,
            null,
            new StoredDistribution.Evidence(
                a.evidenceName(), a.evidenceMediaType(), a.evidenceSha256(), a.evidence()),
            null));
  }

  /**
   * Computes the entitlements, funds and pays the holders, each step in a transaction of its own
   * and idempotent; answers the ledger transactions made (funding first, then the batches).
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public List<String> pay(String id) {
    steps.computeEntitlements(id);
    steps.fund(id);
    steps.payHolders(id);
    return transactions.inNew(
        () -> {
          StoredDistribution d = store.find(id).orElseThrow();
          Set<String> made = new LinkedHashSet<>();
          if (d.fundingTransaction() != null && !"none".equals(d.fundingTransaction())) {
            made.add(d.fundingTransaction());
          }
          for (StoredEntitlement e : store.entitlements(id)) {
            if (e.ledgerTransaction() != null) {
              made.add(e.ledgerTransaction());
            }
          }
          return new ArrayList<>(made);
        });
  }
}
