package org.cornerstone.securitization.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.controls.application.LedgerPauses;
import org.cornerstone.securitization.domain.Deal;
import org.cornerstone.securitization.domain.DealRepository;
import org.cornerstone.securitization.domain.PaymentDateStore;
import org.cornerstone.securitization.domain.StoredPaymentDate;
import org.cornerstone.servicing.application.ApprovedDistributions;
import org.cornerstone.servicing.application.DistributionPayments;
import org.cornerstone.servicing.application.ServicingSettings;
import org.cornerstone.waterfall.PeriodResult;
import org.cornerstone.waterfall.ResultJson;
import org.cornerstone.waterfall.StateJson;
import org.cornerstone.waterfall.Waterfall;
import org.cornerstone.workflows.securitization.PaymentDateSteps;

/**
 * The application's answers to the payment-date process's service tasks, each idempotent by the
 * payment date's id. The tranche holders are paid through the distribution machinery of issue 13:
 * per tranche one distribution (id {@link TrancheDistributions#distributionId}, unique by tranche
 * instrument and period {@code P<n>}) of the tranche's interest and principal paid (the equity's
 * also its residual), payer the SPV, entitlements from the tranche's cap table at the record date,
 * funded by the settlement bank with the period's collections and paid in cash tokens in batches
 * idempotent by their request keys.
 */
@ApplicationScoped
@Transactional
public class PaymentDateStepsService implements PaymentDateSteps {
  @Inject PaymentDateStore store;
  @Inject DealRepository deals;
  @Inject ApprovedDistributions distributions;
  @Inject DistributionPayments.Transactions transactions;
  @Inject UserDirectory directory;
  @Inject ServicingSettings settings;
  @Inject Clock clock;
  @Inject LedgerPauses ledgerPauses;

  @Override
  public void runWaterfall(String paymentDateId) {
    StoredPaymentDate p = locked(paymentDateId);
    if (p.resultJson() != null || !StoredPaymentDate.UNDER_REVIEW.equals(p.status())) {
      return; // ran before
    }
    Deal deal = deals.find(p.dealId()).orElseThrow();
    org.cornerstone.waterfall.Deal engine = PaymentDates.engineDeal(deal);
    PeriodResult result = result(engine, p);
    store.save(
        p.waterfallRun(
            ResultJson.period(engine, result).toString(),
            StateJson.write(result.stateAfter(), engine),
            result.juniorTransfersRestricted()));
  }

  private PeriodResult result(org.cornerstone.waterfall.Deal engine, StoredPaymentDate p) {
    return Waterfall.pay(
        engine,
        PaymentDates.stateBefore(engine, store.ofDeal(p.dealId()), p.period()),
        PaymentDates.engineCollections(p.period(), p.collections()));
  }

  @Override
  public void fixRecordDate(String paymentDateId, String approvedBy) {
    StoredPaymentDate p = locked(paymentDateId);
    if (!StoredPaymentDate.UNDER_REVIEW.equals(p.status())) {
      return; // fixed before
    }
    LocalDate recordDate = LocalDate.now(clock.withZone(settings.zone()));
    store.save(p.approved(approvedBy, recordDate));
    Deal deal = deals.find(p.dealId()).orElseThrow();
    List<String> juniors = new ArrayList<>();
    for (String junior : PaymentDates.engineDeal(deal).juniorTranches()) {
      juniors.add(trancheInstrument(deal.id(), junior));
    }
    new JuniorHalts(store, ledgerPauses, clock)
        .apply(paymentDateId, deal.id(), p.period(), p.juniorRestricted(), juniors, approvedBy);
  }

  /** The instrument id of a deal's tranche (as the closing issued it). */
  public static String trancheInstrument(String dealId, String tranche) {
    return dealId + "-" + tranche;
  }

  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void payTrancheHolders(String paymentDateId) {
    List<ApprovedDistributions.Approved> toPay = inNew(() -> distributionsOf(paymentDateId));
    List<String> made = new ArrayList<>();
    for (ApprovedDistributions.Approved a : toPay) {
      distributions.record(a);
      String tranche = a.instrumentId().substring(a.instrumentId().lastIndexOf('-') + 1);
      for (String transaction : distributions.pay(a.id())) {
        made.add(tranche + ": " + transaction);
      }
    }
    inNew(
        () -> {
          store.save(locked(paymentDateId).withPayments(made));
          return null;
        });
  }

  private <T> T inNew(java.util.function.Supplier<T> work) {
    return transactions.inNew(work);
  }

  private List<ApprovedDistributions.Approved> distributionsOf(String paymentDateId) {
    StoredPaymentDate p = store.find(paymentDateId).orElseThrow();
    Deal deal = deals.find(p.dealId()).orElseThrow();
    org.cornerstone.waterfall.Deal engine = PaymentDates.engineDeal(deal);
    PeriodResult result = result(engine, p);
    String payer =
        directory
            .organisation(deal.spvOrganisation())
            .map(OrganisationView::x500Name)
            .orElseThrow(() -> new IllegalStateException("The SPV has no ledger identity"));
    byte[] evidence = ResultJson.period(engine, result).toString().getBytes(StandardCharsets.UTF_8);
    LocalDate paymentDate =
        p.paymentDate().isBefore(p.recordDate()) ? p.recordDate() : p.paymentDate();
    List<ApprovedDistributions.Approved> out = new ArrayList<>();
    for (TrancheDistributions.TranchePayment t : TrancheDistributions.of(result)) {
      out.add(
          new ApprovedDistributions.Approved(
              TrancheDistributions.distributionId(deal.id(), p.period(), t.tranche()),
              trancheInstrument(deal.id(), t.tranche()),
              deal.name() + " " + t.tranche(),
              "P" + p.period(),
              deal.currency(),
              t.total(),
              p.recordDate(),
              paymentDate,
              payer,
              p.reportedBy(),
              p.reportedAt(),
              p.approvedBy(),
              "waterfall-" + p.id() + ".json",
              "application/json",
              sha256(evidence),
              evidence));
    }
    return out;
  }

  @Override
  public void publishInvestorReport(String paymentDateId) {
    StoredPaymentDate p = locked(paymentDateId);
    if (StoredPaymentDate.APPROVED.equals(p.status())) {
      store.save(p.paid(p.paymentTransactions()));
    }
  }

  @Override
  public void recordRejection(String paymentDateId, String rejectedBy, String reason) {
    StoredPaymentDate p = locked(paymentDateId);
    if (StoredPaymentDate.UNDER_REVIEW.equals(p.status())) {
      store.save(p.rejected(rejectedBy, reason));
    }
  }

  private StoredPaymentDate locked(String id) {
    return store
        .findForUpdate(id)
        .orElseThrow(() -> new IllegalStateException("Unknown payment date " + id));
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
