package org.cornerstone.financing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cornerstone.financing.domain.CertificateMaturityRecord;
import org.cornerstone.financing.domain.CertificateRecords;
import org.cornerstone.financing.domain.FinancingNotification;
import org.cornerstone.financing.domain.MaturityAllocation;
import org.cornerstone.financing.domain.MaturityPayment;
import org.cornerstone.financing.domain.PayableCertificate;
import org.cornerstone.financing.domain.PayableCertificateRepository;
import org.cornerstone.ledgergateway.CashPayment;
import org.cornerstone.ledgergateway.CashPayments;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.TokenRedemption;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;

/**
 * The transactions of a certificate's maturity step, each its own ({@code REQUIRES_NEW}): fixing
 * the allocation once, paying and redeeming one holder, recording the outcome. See {@link
 * CertificateMaturities}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MaturityPayments {
  @Inject PayableCertificateRepository certificates;
  @Inject CertificateRecords records;
  @Inject HoldingsRegister register;
  @Inject CashPayments payments;
  @Inject InstrumentIssuance issuance;
  @Inject UserDirectory directory;
  @Inject CertificateMaturities maturities;
  @Inject Clock clock;

  /**
   * Fixes what each holder is due and paid, once: the holdings on the ledger now, the obligor's
   * cash now (pro rata by largest remainder when short). Answers the holders' organisations.
   */
  public List<String> allocateOnce(String certificateId) {
    PayableCertificate c = locked(certificateId);
    if (records.maturity(c.id()).isEmpty()) {
      Map<String, Long> due = new LinkedHashMap<>();
      Map<String, String> x500 = new LinkedHashMap<>();
      for (Holding h : register.holdingsOf(c.id())) {
        if (h.quantity() <= 0) {
          continue;
        }
        OrganisationView holder =
            directory
                .organisationByLedgerIdentity(h.holder().x500())
                .orElseThrow(
                    () -> new IllegalStateException("Unknown holder " + h.holder().x500()));
        due.merge(holder.id(), h.quantity(), Long::sum);
        x500.put(holder.id(), h.holder().x500());
      }
      long cash = maturities.cashOf(maturities.party(c.obligorOrganisation()), c.currency());
      long total = due.values().stream().mapToLong(Long::longValue).sum();
      Map<String, Long> paid = due.isEmpty() ? Map.of() : MaturityAllocation.allocate(due, cash);
      records.add(new CertificateMaturityRecord(c.id(), total, cash, clock.instant()));
      for (Map.Entry<String, Long> e : due.entrySet()) {
        records.add(
            new MaturityPayment(
                c.id(), e.getKey(), x500.get(e.getKey()), e.getValue(), paid.get(e.getKey())));
      }
    }
    return records.payments(c.id()).stream().map(MaturityPayment::holderOrganisation).toList();
  }

  /**
   * Pays the holder its allocation in cash tokens and redeems that many of its tokens, each by its
   * own request key; does nothing for a holder already done. Notifies the holder.
   */
  public void payHolder(String certificateId, String holderOrganisation) {
    PayableCertificate c = locked(certificateId);
    MaturityPayment p =
        records.payments(c.id()).stream()
            .filter(x -> x.holderOrganisation().equals(holderOrganisation))
            .findFirst()
            .orElseThrow();
    if (!MaturityPayment.PENDING.equals(p.state())) {
      return;
    }
    PartyName obligor = maturities.party(c.obligorOrganisation());
    if (p.allocatedMinor() > 0 && p.paymentTransactionId().isEmpty()) {
      p.paidAtMaturity(
          payments
              .pay(
                  new CashPayment(
                      CertificateMaturities.key(c, "pay", p),
                      "CASH-" + c.currency(),
                      maturities.bank(),
                      obligor,
                      PartyName.of(p.holderX500()),
                      MoneyAmount.of(p.allocatedMinor(), c.currency())))
              .transactionId());
    }
    String redemption = null;
    if (p.allocatedMinor() > 0) {
      redemption =
          issuance
              .redeem(
                  new TokenRedemption(
                      CertificateMaturities.key(c, "redeem", p),
                      c.id(),
                      obligor,
                      PartyName.of(p.holderX500()),
                      p.allocatedMinor()))
              .transactionId();
    }
    p.redeemedAtMaturity(redemption);
    boolean shortfall = p.outstandingMinor() > 0;
    records.add(
        new FinancingNotification(
            p.holderOrganisation(),
            c.id(),
            shortfall ? FinancingNotification.OVERDUE : FinancingNotification.PAID_AT_MATURITY,
            shortfall ? p.outstandingMinor() : p.allocatedMinor(),
            clock.instant()));
  }

  /** PAID, or OVERDUE when a holder was paid in part; answers whether anything is overdue. */
  public boolean finish(String certificateId) {
    PayableCertificate c = locked(certificateId);
    boolean overdue = records.payments(c.id()).stream().anyMatch(p -> p.outstandingMinor() > 0);
    CertificateMaturityRecord maturity = records.maturity(c.id()).orElseThrow();
    if (CertificateMaturityRecord.PAYING.equals(maturity.state())) {
      if (overdue) {
        maturity.overdue();
      } else {
        maturity.paid(clock.instant());
      }
    }
    return overdue;
  }

  private PayableCertificate locked(String certificateId) {
    return certificates
        .lock(certificateId)
        .orElseThrow(() -> new IllegalStateException("Unknown certificate " + certificateId));
  }
}
