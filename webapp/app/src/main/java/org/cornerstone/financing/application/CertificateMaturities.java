package org.cornerstone.financing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cornerstone.financing.domain.CertificateMaturityRecord;
import org.cornerstone.financing.domain.CertificateRecords;
import org.cornerstone.financing.domain.FinancingNotification;
import org.cornerstone.financing.domain.MaturityAllocation;
import org.cornerstone.financing.domain.MaturityPayment;
import org.cornerstone.financing.domain.PayableCertificate;
import org.cornerstone.financing.domain.PayableCertificateRepository;
import org.cornerstone.ledgergateway.CashHolding;
import org.cornerstone.ledgergateway.CashPayment;
import org.cornerstone.ledgergateway.CashPayments;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.TokenRedemption;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.workflows.financing.CertificateMaturitySteps;

/**
 * Maturity of payable certificates (issue 22, part 5). {@link #schedule} starts the {@code
 * certificate-maturity} process when a certificate is issued; on the maturity date its timer calls
 * {@link #payHolders}:
 *
 * <ol>
 *   <li>once, the allocation is fixed and stored: every holder on the ledger then is due its
 *       holding (one token = one minor unit of face value); with the obligor's cash short of the
 *       total, each holder gets its pro-rata share by the largest-remainder method ({@link
 *       MaturityAllocation}), so the shares sum to the cash exactly;
 *   <li>per holder, the obligor pays its share in cash tokens (request key {@code
 *       certificate-<id>.pay-<holder>}) and that many of the holder's tokens are redeemed ({@code
 *       certificate-<id>.redeem-<holder>}); each transaction is recorded on the holder's row. A
 *       retry after a ledger commit that was not recorded gets the same transaction back from the
 *       ledger (same key), so each holder is paid once;
 *   <li>a holder paid in part keeps its unpaid tokens (the overdue claim, visible on the ledger),
 *       is notified, and the certificate is OVERDUE: the process gives the trustee a follow-up
 *       task. {@link #payOverdue} (the obligor, later) pays every overdue rest and redeems it.
 * </ol>
 */
@ApplicationScoped
@Transactional
public class CertificateMaturities implements CertificateMaturitySteps {
  public static final String NOT_OBLIGOR =
      "Only the obligor's own users pay its certificates' overdue amounts.";
  public static final String NOT_OVERDUE = "Certificate %s has nothing overdue (state %s).";
  public static final String CASH_SHORT =
      "Your cash (%s %s) does not cover the overdue amount (%s %s): deposit cash first.";
  static final String NO_BANK = "No settlement bank is set up: certificates cannot be paid.";

  @Inject PayableCertificateRepository certificates;
  @Inject CertificateRecords records;
  @Inject HoldingsRegister register;
  @Inject CashPayments payments;
  @Inject InstrumentIssuance issuance;
  @Inject UserDirectory directory;
  @Inject CertificateMaturityProcess process;
  @Inject MaturityPayments steps;
  @Inject Clock clock;

  /** Starts the certificate's maturity process (once), its timer at the start of the due date. */
  public void schedule(String certificateId) {
    PayableCertificate c = certificate(certificateId);
    Instant maturityAt = c.maturityDate().atStartOfDay(clock.getZone()).toInstant();
    process.startOnce(c.id(), maturityAt);
  }

  /**
   * The maturity step (see the class comment), outside the job's transaction: the allocation is
   * fixed and committed first, then each holder is paid and redeemed in a transaction of its own,
   * so that a retry never allocates again from cash that was already partly paid out.
   */
  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public boolean payHolders(String certificateId) {
    List<String> holders = steps.allocateOnce(certificateId);
    for (String holder : holders) {
      steps.payHolder(certificateId, holder);
    }
    return steps.finish(certificateId);
  }

  /**
   * The obligor pays every overdue rest of the certificate in cash tokens and the rest's tokens are
   * redeemed (keys {@code certificate-<id>.overdue-pay-<holder>} / {@code .overdue-redeem-}); the
   * certificate is SETTLED and the trustee's follow-up ends.
   *
   * @throws ValidationException the obligor's cash does not cover the overdue total
   */
  public MaturityView payOverdue(Actor actor, String certificateId) {
    PayableCertificate known = certificate(certificateId);
    if (!actor.has(Role.DEBTOR) || !actor.organisation().equals(known.obligorOrganisation())) {
      throw new AccessDeniedException(NOT_OBLIGOR);
    }
    PayableCertificate c = certificates.lock(known.id()).orElseThrow();
    CertificateMaturityRecord maturity =
        records
            .maturity(c.id())
            .orElseThrow(
                () -> new ConflictException(String.format(NOT_OVERDUE, c.id(), "OUTSTANDING")));
    if (!CertificateMaturityRecord.OVERDUE.equals(maturity.state())) {
      throw new ConflictException(String.format(NOT_OVERDUE, c.id(), maturity.state()));
    }
    List<MaturityPayment> open =
        records.payments(c.id()).stream().filter(p -> p.outstandingMinor() > 0).toList();
    long total = open.stream().mapToLong(MaturityPayment::outstandingMinor).sum();
    PartyName obligor = party(c.obligorOrganisation());
    long available = cashOf(obligor, c.currency());
    if (available < total) {
      throw new ValidationException(
          String.format(
              CASH_SHORT,
              c.currency(),
              org.cornerstone.financing.domain.CertificateAmount.format(available, c.currency()),
              c.currency(),
              org.cornerstone.financing.domain.CertificateAmount.format(total, c.currency())));
    }
    PartyName bank = bank();
    for (MaturityPayment p : open) {
      long rest = p.outstandingMinor();
      if (p.overduePaymentTransactionId().isEmpty()) {
        p.overduePaid(
            payments
                .pay(
                    new CashPayment(
                        key(c, "overdue-pay", p),
                        "CASH-" + c.currency(),
                        bank,
                        obligor,
                        PartyName.of(p.holderX500()),
                        MoneyAmount.of(rest, c.currency())))
                .transactionId());
      }
      String redemption =
          issuance
              .redeem(
                  new TokenRedemption(
                      key(c, "overdue-redeem", p),
                      c.id(),
                      obligor,
                      PartyName.of(p.holderX500()),
                      rest))
              .transactionId();
      p.overdueSettled(rest, redemption);
      records.add(
          new FinancingNotification(
              p.holderOrganisation(),
              c.id(),
              FinancingNotification.OVERDUE_SETTLED,
              rest,
              clock.instant()));
    }
    maturity.settled(clock.instant());
    process.overdueSettled(c.id());
    return view(c, maturity);
  }

  /** The certificate's maturity, if it has come (allocation made). */
  public java.util.Optional<MaturityView> maturity(Actor actor, String certificateId) {
    PayableCertificate c = certificate(certificateId);
    if (!CertificateLineage.seesAll(actor)
        && !actor.organisation().equals(c.obligorOrganisation())
        && records.payments(c.id()).stream()
            .noneMatch(p -> p.holderOrganisation().equals(actor.organisation()))) {
      throw new AccessDeniedException(CertificateLineage.NOT_YOURS);
    }
    return records.maturity(c.id()).map(m -> view(c, m));
  }

  /** The certificates an obligor must pay, with their maturity state: its payment schedule. */
  public List<WalletHolding> scheduleOf(Actor actor) {
    if (!actor.has(Role.DEBTOR)) {
      throw new AccessDeniedException(NOT_OBLIGOR);
    }
    List<WalletHolding> due = new ArrayList<>();
    for (PayableCertificate c : certificates.findAll()) {
      if (c.obligorOrganisation().equals(actor.organisation())) {
        due.add(
            new WalletHolding(
                c.id(),
                c.obligorOrganisation(),
                directory.organisation(c.obligorOrganisation()).map(o -> o.name()).orElse(""),
                c.faceValueMinor(),
                0,
                c.currency(),
                c.maturityDate(),
                stateOf(c)));
      }
    }
    due.sort(java.util.Comparator.comparing(WalletHolding::maturityDate));
    return due;
  }

  /** {@code OUTSTANDING}, {@code MATURED} (date come, not yet paid), or the maturity's state. */
  public String stateOf(PayableCertificate c) {
    return records
        .maturity(c.id())
        .map(CertificateMaturityRecord::state)
        .orElse(c.maturedOn(java.time.LocalDate.now(clock)) ? "MATURED" : "OUTSTANDING");
  }

  private MaturityView view(PayableCertificate c, CertificateMaturityRecord m) {
    List<MaturityView.Line> lines = new ArrayList<>();
    long paid = 0;
    long overdue = 0;
    for (MaturityPayment p : records.payments(c.id())) {
      long paidNow = p.paymentTransactionId().isPresent() ? p.allocatedMinor() : 0;
      paid += paidNow + p.overduePaidMinor();
      overdue += MaturityPayment.PENDING.equals(p.state()) ? 0 : p.outstandingMinor();
      lines.add(
          new MaturityView.Line(
              p.holderOrganisation(),
              directory.organisation(p.holderOrganisation()).map(o -> o.name()).orElse(""),
              p.dueMinor(),
              paidNow,
              p.overduePaidMinor(),
              p.outstandingMinor(),
              p.state(),
              p.paymentTransactionId().orElse(null),
              p.redemptionTransactionId().orElse(null)));
    }
    return new MaturityView(
        c.id(),
        c.currency(),
        m.state(),
        m.dueMinor(),
        m.cashAvailableMinor(),
        paid,
        overdue,
        m.allocatedAt(),
        lines);
  }

  /** The holder's cash of the currency on the ledger, in minor units. */
  public long cashOf(PartyName holder, String currency) {
    return register.cashOf(holder).stream()
        .map(CashHolding::amount)
        .filter(a -> a.currencyCode().equals(currency))
        .mapToLong(MoneyAmount::minorUnits)
        .reduce(0L, Math::addExact);
  }

  static RequestKey key(PayableCertificate c, String step, MaturityPayment p) {
    return RequestKey.forStep("certificate-" + c.id(), step + "-" + p.holderOrganisation());
  }

  private PayableCertificate certificate(String certificateId) {
    return certificates
        .find(certificateId)
        .orElseThrow(
            () ->
                new NotFoundException(
                    String.format(CertificateTransfers.UNKNOWN_CERTIFICATE, certificateId)));
  }

  /** The organisation's ledger identity. */
  public PartyName party(String organisation) {
    return directory
        .organisation(organisation)
        .map(o -> PartyName.of(o.x500Name()))
        .orElseThrow(() -> new IllegalStateException("Unknown organisation " + organisation));
  }

  /** The settlement bank that issues the cash tokens. */
  public PartyName bank() {
    return directory
        .settlementBank()
        .map(b -> PartyName.of(b.x500Name()))
        .orElseThrow(() -> new IllegalStateException(NO_BANK));
  }
}
