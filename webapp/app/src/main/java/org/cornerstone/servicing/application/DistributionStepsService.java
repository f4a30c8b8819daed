package org.cornerstone.servicing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.cornerstone.cash.application.CashStepsService;
import org.cornerstone.ledgergateway.CashIssuance;
import org.cornerstone.ledgergateway.CashPayments;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.party.application.InvestorQueries;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.servicing.domain.DistributionStore;
import org.cornerstone.servicing.domain.Entitlements;
import org.cornerstone.servicing.domain.StoredDistribution;
import org.cornerstone.servicing.domain.StoredEntitlement;
import org.cornerstone.servicing.domain.Withholding;
import org.cornerstone.workflows.servicing.DistributionSteps;

/**
 * The application's answers to the distribution process's service tasks. The record date closes at
 * the end of the record date in the servicing zone (the cap table is read at the last microsecond
 * of that day, so a trade on the record date counts and one after it does not); the payment date
 * starts at its midnight. The ledger steps are idempotent by the distribution id.
 */
@ApplicationScoped
@Transactional
public class DistributionStepsService implements DistributionSteps {
  static final String NO_BANK = "No settlement bank is set up: a distribution cannot be paid.";

  @Inject DistributionStore store;
  @Inject HoldingsRegister register;
  @Inject InstrumentIssuance issuance;
  @Inject CashPayments payments;
  @Inject InvestorQueries investors;
  @Inject UserDirectory directory;
  @Inject Withholding.Table withholding;
  @Inject ServicingSettings settings;
  @Inject DistributionPayments.Transactions transactions;
  @Inject Clock clock;

  /** When the record date closes: the last microsecond of that day in {@code zone}. */
  public static Instant recordDateClosesAt(java.time.LocalDate recordDate, ZoneId zone) {
    return recordDate.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1_000);
  }

  @Override
  public Dates fixRecordDate(String distributionId) {
    StoredDistribution d = locked(distributionId);
    if (StoredDistribution.REPORTED.equals(d.state())) {
      store.update(d.inState(StoredDistribution.APPROVED));
    }
    ZoneId zone = settings.zone();
    return new Dates(
        recordDateClosesAt(d.recordDate(), zone).plusNanos(1_000),
        d.paymentDate().atStartOfDay(zone).toInstant());
  }

  @Override
  public void computeEntitlements(String distributionId) {
    StoredDistribution d = locked(distributionId);
    if (!StoredDistribution.APPROVED.equals(d.state())) {
      return; // computed before
    }
    List<StoredEntitlement> entitlements =
        entitlementsAt(d, recordDateClosesAt(d.recordDate(), settings.zone()));
    if (entitlements.isEmpty()) {
      throw new IllegalStateException(Entitlements.NO_HOLDERS + " (" + d.instrumentId() + ")");
    }
    store.addEntitlements(entitlements);
    long remainder = entitlements.stream().filter(StoredEntitlement::roundedUp).count();
    long supply = entitlements.stream().mapToLong(StoredEntitlement::quantity).sum();
    store.update(d.entitled(Entitling.tax(entitlements), remainder, supply));
  }

  /**
   * The entitlements from the cap table at {@code at}, or at the close of the record date if that
   * is earlier (nothing stored).
   */
  public List<StoredEntitlement> entitlementsAt(StoredDistribution d, Instant at) {
    Instant close = recordDateClosesAt(d.recordDate(), settings.zone());
    List<Holding> capTable = register.capTableAt(d.instrumentId(), at.isBefore(close) ? at : close);
    List<Entitlements.Position> positions =
        capTable.stream()
            .filter(h -> h.quantity() > 0)
            .map(
                h ->
                    new Entitlements.Position(
                        h.holder().x500(), h.quantity(), h.frozenQuantity() > 0))
            .toList();
    if (positions.isEmpty()) {
      return List.of();
    }
    return Entitling.entitlements(
        d.id(),
        d.netMinor(),
        d.payer(),
        positions,
        holder ->
            investors
                .eligibilityOfLedgerParty(holder)
                .map(f -> new Entitling.Investor(f.country(), f.category()))
                .orElse(new Entitling.Investor("", "UNKNOWN")),
        withholding,
        settings.batchSize());
  }

  @Override
  public void fund(String distributionId) {
    StoredDistribution d = locked(distributionId);
    if (d.fundingTransaction() != null) {
      return;
    }
    long toPay =
        store.entitlements(distributionId).stream()
            .filter(e -> StoredEntitlement.PENDING.equals(e.state()))
            .mapToLong(StoredEntitlement::netMinor)
            .sum();
    if (toPay == 0) {
      store.update(d.funded("none"));
      return;
    }
    LedgerReceipt receipt =
        issuance.issueCash(
            new CashIssuance(
                RequestKey.forStep("distribution-" + d.id(), "fund"),
                CashStepsService.cashInstrument(d.currency()),
                bank(),
                PartyName.of(d.payer()),
                MoneyAmount.of(toPay, d.currency())));
    store.update(d.funded(receipt.transactionId()));
  }

  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void payHolders(String distributionId) {
    String currency = transactions.inNew(() -> store.find(distributionId).orElseThrow().currency());
    new DistributionPayments(store, payments, transactions, clock)
        .payPending(distributionId, CashStepsService.cashInstrument(currency), bank());
    transactions.inNew(
        () -> {
          StoredDistribution d = locked(distributionId);
          boolean open =
              store.entitlements(distributionId).stream()
                  .anyMatch(e -> StoredEntitlement.PENDING.equals(e.state()));
          if (!open && !StoredDistribution.PAID.equals(d.state())) {
            store.update(d.inState(StoredDistribution.PAID));
          }
          return null;
        });
  }

  @Override
  public void reject(String distributionId, String rejectedBy, String reason) {
    StoredDistribution d = locked(distributionId);
    if (!StoredDistribution.REJECTED.equals(d.state())) {
      store.update(d.rejected(rejectedBy, reason));
    }
  }

  private PartyName bank() {
    return directory
        .settlementBank()
        .map(b -> PartyName.of(b.x500Name()))
        .orElseThrow(() -> new IllegalStateException(NO_BANK));
  }

  private StoredDistribution locked(String id) {
    return store
        .findForUpdate(id)
        .orElseThrow(() -> new IllegalStateException("Unknown distribution " + id));
  }
}
