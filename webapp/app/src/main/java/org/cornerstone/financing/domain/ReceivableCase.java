package org.cornerstone.financing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A supplier's receivable on a core enterprise in onboarding: the invoice (debtor, number, amount
 * in minor units of its currency, issue and due dates, its {@link InvoiceFingerprint}), who
 * submitted it, and what became of it ({@link ReceivableStatus}): the debtor's confirmation or
 * dispute, compliance's approval or rejection, the payable certificate issued for it.
 */
@Entity
@Table(name = "financing_receivable")
public class ReceivableCase {
  @Id private String id;

  @Column(name = "supplier_organisation", nullable = false)
  private String supplierOrganisation;

  @Column(name = "submitted_by", nullable = false)
  private String submittedBy;

  @Column(name = "debtor_organisation", nullable = false)
  private String debtorOrganisation;

  @Column(name = "invoice_number", nullable = false)
  private String invoiceNumber;

  @Column(name = "invoice_fingerprint", nullable = false)
  private String invoiceFingerprint;

  @Column(name = "amount_minor", nullable = false)
  private long amountMinor;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "issue_date", nullable = false)
  private LocalDate issueDate;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReceivableStatus status;

  @Column(name = "confirmed_by")
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "reason")
  private String reason;

  @Column(name = "certificate_id")
  private String certificateId;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Version private long version;

  protected ReceivableCase() {}

  public ReceivableCase(
      String id,
      String supplierOrganisation,
      String submittedBy,
      String debtorOrganisation,
      String invoiceNumber,
      String invoiceFingerprint,
      long amountMinor,
      String currency,
      LocalDate issueDate,
      LocalDate dueDate,
      Instant submittedAt) {
    if (amountMinor <= 0) {
      throw new IllegalArgumentException("An invoice amount must be positive.");
    }
    if (!dueDate.isAfter(issueDate)) {
      throw new IllegalArgumentException("The due date must be after the issue date.");
    }
    this.id = Objects.requireNonNull(id, "id");
    this.supplierOrganisation = Objects.requireNonNull(supplierOrganisation);
    this.submittedBy = Objects.requireNonNull(submittedBy);
    this.debtorOrganisation = Objects.requireNonNull(debtorOrganisation);
    this.invoiceNumber = Objects.requireNonNull(invoiceNumber);
    this.invoiceFingerprint = Objects.requireNonNull(invoiceFingerprint);
    this.amountMinor = amountMinor;
    this.currency = Objects.requireNonNull(currency);
    this.issueDate = issueDate;
    this.dueDate = dueDate;
    this.submittedAt = Objects.requireNonNull(submittedAt);
    this.status = ReceivableStatus.SUBMITTED;
  }

  /** The debtor confirmed the invoice. */
  public void confirmed(String by, Instant at) {
    require(ReceivableStatus.SUBMITTED);
    this.status = ReceivableStatus.CONFIRMED;
    this.confirmedBy = by;
    this.confirmedAt = at;
  }

  /** The debtor disputed the invoice; the reason is shown to the supplier. */
  public void disputed(String by, String why) {
    if (status == ReceivableStatus.DISPUTED) {
      return;
    }
    require(ReceivableStatus.SUBMITTED);
    this.status = ReceivableStatus.DISPUTED;
    this.decidedBy = by;
    this.reason = why;
  }

  /** Compliance approved; the certificate is issued next. */
  public void approved(String by, Instant at) {
    require(ReceivableStatus.CONFIRMED);
    this.approvedBy = by;
    this.approvedAt = at;
  }

  /** Compliance rejected; the reason is shown to the supplier. */
  public void rejected(String by, String why) {
    if (status == ReceivableStatus.REJECTED) {
      return;
    }
    require(ReceivableStatus.CONFIRMED);
    this.status = ReceivableStatus.REJECTED;
    this.decidedBy = by;
    this.reason = why;
  }

  /** The payable certificate was issued. */
  public void certified(String certificate) {
    if (status == ReceivableStatus.CERTIFIED) {
      return;
    }
    require(ReceivableStatus.CONFIRMED);
    this.status = ReceivableStatus.CERTIFIED;
    this.certificateId = certificate;
  }

  public void processStarted(String processInstance) {
    this.processInstanceId = processInstance;
  }

  private void require(ReceivableStatus expected) {
    if (status != expected) {
      throw new IllegalStateException(
          "Receivable " + id + " is " + status + ", not " + expected + ".");
    }
  }

  public String id() {
    return id;
  }

  public String supplierOrganisation() {
    return supplierOrganisation;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public String debtorOrganisation() {
    return debtorOrganisation;
  }

  public String invoiceNumber() {
    return invoiceNumber;
  }

  public String invoiceFingerprint() {
    return invoiceFingerprint;
  }

  public long amountMinor() {
    return amountMinor;
  }

  public String currency() {
    return currency;
  }

  public LocalDate issueDate() {
    return issueDate;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public ReceivableStatus status() {
    return status;
  }

  public Optional<String> confirmedBy() {
    return Optional.ofNullable(confirmedBy);
  }

  public Optional<Instant> confirmedAt() {
    return Optional.ofNullable(confirmedAt);
  }

  public Optional<String> approvedBy() {
    return Optional.ofNullable(approvedBy);
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Optional<String> certificateId() {
    return Optional.ofNullable(certificateId);
  }

  public Optional<String> processInstanceId() {
    return Optional.ofNullable(processInstanceId);
  }

  public Instant submittedAt() {
    return submittedAt;
  }
}
