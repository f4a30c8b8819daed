package org.cornerstone.financing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payable certificate's terms as the core enterprise issued them: the obligor, face value in
 * minor units of its currency, issue and maturity dates, the invoice it stands for (its number as
 * written and its {@link InvoiceFingerprint}) and the digest of the evidence (purchase order,
 * delivery proof, the debtor's confirmation). Its id is the id of its instrument; its holdings are
 * on the ledger, one token per minor unit of face value.
 */
@Entity
@Table(name = "financing_certificate")
public class PayableCertificate {
  @Id private String id;

  @Column(name = "obligor_organisation", nullable = false)
  private String obligorOrganisation;

  @Column(name = "first_holder_organisation", nullable = false)
  private String firstHolderOrganisation;

  @Column(name = "face_value_minor", nullable = false)
  private long faceValueMinor;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "issue_date", nullable = false)
  private LocalDate issueDate;

  @Column(name = "maturity_date", nullable = false)
  private LocalDate maturityDate;

  @Column(name = "invoice_number", nullable = false)
  private String invoiceNumber;

  @Column(name = "invoice_fingerprint", nullable = false, unique = true)
  private String invoiceFingerprint;

  @Column(name = "evidence_digest", nullable = false)
  private String evidenceDigest;

  @Column(name = "receivable_id")
  private String receivableId;

  @Column(name = "ledger_transaction_id")
  private String ledgerTransactionId;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  protected PayableCertificate() {}

  public PayableCertificate(
      String id,
      String obligorOrganisation,
      String firstHolderOrganisation,
      long faceValueMinor,
      String currency,
      LocalDate issueDate,
      LocalDate maturityDate,
      String invoiceNumber,
      String invoiceFingerprint,
      String evidenceDigest,
      String receivableId,
      Instant issuedAt) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A certificate needs an id.");
    }
    if (faceValueMinor <= 0) {
      throw new IllegalArgumentException("A certificate's face value must be positive.");
    }
    if (!maturityDate.isAfter(issueDate)) {
      throw new IllegalArgumentException("A certificate matures after it is issued.");
    }
    if (obligorOrganisation.equals(firstHolderOrganisation)) {
      throw new IllegalArgumentException("The obligor cannot hold its own certificate.");
    }
    this.id = id;
    this.obligorOrganisation = Objects.requireNonNull(obligorOrganisation);
    this.firstHolderOrganisation = Objects.requireNonNull(firstHolderOrganisation);
    this.faceValueMinor = faceValueMinor;
    this.currency = Objects.requireNonNull(currency);
    this.issueDate = issueDate;
    this.maturityDate = maturityDate;
    this.invoiceNumber = Objects.requireNonNull(invoiceNumber);
    this.invoiceFingerprint = Objects.requireNonNull(invoiceFingerprint);
    this.evidenceDigest = Objects.requireNonNull(evidenceDigest);
    this.receivableId = receivableId;
    this.issuedAt = Objects.requireNonNull(issuedAt);
  }

  /** The ledger transaction that issued the certificate's tokens to the first holder. */
  public void issuedOnLedger(String transactionId) {
    this.ledgerTransactionId = Objects.requireNonNull(transactionId);
  }

  public String id() {
    return id;
  }

  public String obligorOrganisation() {
    return obligorOrganisation;
  }

  public String firstHolderOrganisation() {
    return firstHolderOrganisation;
  }

  public long faceValueMinor() {
    return faceValueMinor;
  }

  public String currency() {
    return currency;
  }

  public LocalDate issueDate() {
    return issueDate;
  }

  public LocalDate maturityDate() {
    return maturityDate;
  }

  public String invoiceNumber() {
    return invoiceNumber;
  }

  public String invoiceFingerprint() {
    return invoiceFingerprint;
  }

  public String evidenceDigest() {
    return evidenceDigest;
  }

  public java.util.Optional<String> receivableId() {
    return java.util.Optional.ofNullable(receivableId);
  }

  public java.util.Optional<String> ledgerTransactionId() {
    return java.util.Optional.ofNullable(ledgerTransactionId);
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  /** Whether no transfer may happen any more: on and after the maturity date. */
  public boolean maturedOn(LocalDate today) {
    return !today.isBefore(maturityDate);
  }
}
