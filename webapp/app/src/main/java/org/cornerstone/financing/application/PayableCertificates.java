package org.cornerstone.financing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.cornerstone.financing.domain.InvoiceFingerprint;
import org.cornerstone.financing.domain.PayableCertificate;
import org.cornerstone.financing.domain.PayableCertificateRepository;
import org.cornerstone.ledgergateway.AssetIssuance;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.application.InstrumentRegistry;
import org.cornerstone.registry.application.RuleSetPublisher;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;

/**
 * Payable certificates (issue 22): issuing one for a confirmed invoice, and reading their terms.
 * Issuance registers the certificate's instrument (kind payable certificate, issued by the
 * obligor), keeps its terms and issues its tokens — the face value in minor units — to the supplier
 * in one ledger transaction signed by the obligor (as issuer), the trustee and the registrar. The
 * ledger records the receivable as the asset behind the tokens, with the invoice's {@link
 * InvoiceFingerprint} as its asset id. Idempotent by the certificate id.
 */
@ApplicationScoped
@Transactional
public class PayableCertificates {
  /** The asset kind the ledger records a certificate's receivable as. */
  public static final String RECEIVABLE = "RECEIVABLE";

  public static final String ALREADY_FINANCED =
      "Invoice %s on %s is already backed by payable certificate %s.";

  @Inject PayableCertificateRepository certificates;
  @Inject InstrumentRegistry instruments;
  @Inject InstrumentIssuance issuance;
  @Inject RuleSetPublisher ruleSets;
  @Inject UserDirectory parties;
  @Inject Clock clock;

  /**
   * Issues the certificate (see the class comment). A second invoice with the same fingerprint is
   * refused with {@link #ALREADY_FINANCED}, naming the existing certificate.
   *
   * @throws ConflictException the invoice already backs another certificate
   * @throws ValidationException bad terms (non-positive amount, maturity not after issue, unknown
   *     parties)
   */
  public CertificateView issue(IssueCertificate command) {
    Optional<PayableCertificate> same = certificates.find(command.certificateId());
    if (same.isPresent() && same.get().ledgerTransactionId().isPresent()) {
      return CertificateView.of(same.get());
    }
    String fingerprint;
    Currency currency;
    try {
      fingerprint =
          InvoiceFingerprint.of(
              command.obligorOrganisation(),
              command.invoiceNumber(),
              command.currency(),
              command.faceValueMinor(),
              command.issueDate());
      currency = Currency.getInstance(command.currency());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ValidationException("The invoice's terms are not valid: " + e.getMessage());
    }
    Optional<PayableCertificate> earlier = certificates.findByFingerprint(fingerprint);
    if (earlier.isPresent() && !earlier.get().id().equals(command.certificateId())) {
      throw new ConflictException(
          String.format(
              ALREADY_FINANCED,
              command.invoiceNumber(),
              command.obligorOrganisation(),
              earlier.get().id()));
    }
    OrganisationView obligor = organisation(command.obligorOrganisation());
    OrganisationView supplier = organisation(command.supplierOrganisation());
    // the instrument first: the certificate's row refers to it (financing_certificate.id →
    // instrument)
    String instrumentId =
        instruments.payableCertificate(command.certificateId(), obligor.id(), currency);
    PayableCertificate certificate =
        same.orElseGet(
            () -> {
              PayableCertificate created;
              try {
                created =
                    new PayableCertificate(
                        command.certificateId(),
                        obligor.id(),
                        supplier.id(),
                        command.faceValueMinor(),
                        currency.getCurrencyCode(),
                        command.issueDate(),
                        command.maturityDate(),
                        command.invoiceNumber(),
                        fingerprint,
                        command.evidenceDigest(),
                        command.receivableId(),
                        clock.instant());
              } catch (IllegalArgumentException | NullPointerException e) {
                throw new ValidationException(
                    "The certificate's terms are not valid: " + e.getMessage());
              }
              certificates.add(created);
              return created;
            });
    OrganisationView trustee =
        parties.trustee().orElseThrow(() -> new IllegalStateException("No trustee organisation."));
    OrganisationView registrar =
        parties
            .operator()
            .orElseThrow(() -> new IllegalStateException("No registrar organisation."));
    LedgerReceipt receipt =
        issuance.issue(
            new AssetIssuance(
                RequestKey.forStep("certificate-" + certificate.id(), "issue"),
                instrumentId,
                "invoice-" + fingerprint,
                RECEIVABLE,
                PartyName.of(obligor.x500Name()),
                PartyName.of(trustee.x500Name()),
                PartyName.of(registrar.x500Name()),
                PartyName.of(supplier.x500Name()),
                certificate.faceValueMinor(),
                certificate.evidenceDigest(),
                new MoneyAmount(certificate.faceValueMinor(), currency)));
    ruleSets.publishInitial(instrumentId);
    certificate.issuedOnLedger(receipt.transactionId());
    return CertificateView.of(certificate);
  }

  public Optional<CertificateView> certificate(String certificateId) {
    return certificates.find(certificateId).map(CertificateView::of);
  }

  /** The certificate issued for an invoice, by fingerprint (see {@link InvoiceFingerprint}). */
  public Optional<CertificateView> byFingerprint(String invoiceFingerprint) {
    return certificates.findByFingerprint(invoiceFingerprint).map(CertificateView::of);
  }

  /** Every certificate, the newest first. */
  public List<CertificateView> all() {
    return certificates.findAll().stream().map(CertificateView::of).toList();
  }

  /** The certificates an obligor issued, the newest first. */
  public List<CertificateView> issuedBy(String obligorOrganisation) {
    return certificates.findAll().stream()
        .filter(c -> c.obligorOrganisation().equals(obligorOrganisation))
        .map(CertificateView::of)
        .toList();
  }

  private OrganisationView organisation(String id) {
    return parties
        .organisation(id)
        .orElseThrow(() -> new NotFoundException("No organisation " + id + "."));
  }
}
