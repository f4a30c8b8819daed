package org.cornerstone.securitization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A securitization deal (issue 14): the seller (originator) whose holdings go into the pool, the
 * servicer, the SPV (an organisation of kind SPV with its own ledger identity), the payment terms,
 * the concentration limit per obligor, the structure (stored as JSON in the deal file's schema) and
 * the deal file written from it. Pool assets are {@link PoolAsset}s.
 */
@Entity
@Table(name = "securitization_deal")
public class Deal {
  public static final String NOT_DRAFT =
      "Deal %s is %s: its pool and structure can no longer change.";

  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "seller_organisation", nullable = false)
  private String sellerOrganisation;

  @Column(name = "servicer_organisation", nullable = false)
  private String servicerOrganisation;

  @Column(name = "spv_organisation", nullable = false)
  private String spvOrganisation;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_frequency", nullable = false)
  private PaymentFrequency paymentFrequency;

  @Column(name = "closing_date", nullable = false)
  private LocalDate closingDate;

  @Column(name = "first_payment_date", nullable = false)
  private LocalDate firstPaymentDate;

  @Column(name = "concentration_limit", nullable = false)
  private BigDecimal concentrationLimit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DealStatus status;

  @Column(name = "structure_json")
  private String structureJson;

  @Column(name = "deal_file")
  private String dealFile;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "client_key", nullable = false)
  private String clientKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "closing_transaction")
  private String closingTransaction;

  @Column(name = "senior_offering")
  private String seniorOffering;

  @Column(name = "rejected_by")
  private String rejectedBy;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  protected Deal() {}

  /** The terms a deal is created with. */
  public record Terms(
      String name,
      String currency,
      String sellerOrganisation,
      String servicerOrganisation,
      PaymentFrequency paymentFrequency,
      LocalDate closingDate,
      LocalDate firstPaymentDate,
      BigDecimal concentrationLimit) {}

  public Deal(
      String id,
      Terms terms,
      String spvOrganisation,
      String createdBy,
      String clientKey,
      Instant createdAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = terms.name();
    this.currency = terms.currency();
    this.sellerOrganisation = terms.sellerOrganisation();
    this.servicerOrganisation = terms.servicerOrganisation();
    this.paymentFrequency = terms.paymentFrequency();
    this.closingDate = terms.closingDate();
    this.firstPaymentDate = terms.firstPaymentDate();
    this.concentrationLimit = terms.concentrationLimit();
    this.spvOrganisation = Objects.requireNonNull(spvOrganisation, "spvOrganisation");
    this.status = DealStatus.DRAFT;
    this.createdBy = createdBy;
    this.clientKey = clientKey;
    this.createdAt = createdAt;
  }

  /** Refuses a change unless the deal is a draft. */
  public void requireDraft() {
    if (status != DealStatus.DRAFT) {
      throw new org.cornerstone.shared.ConflictException(String.format(NOT_DRAFT, id, status));
    }
  }

  /** Records the structure (JSON in the deal file's schema) and the file written from it. */
  public void structure(String structureJson, String dealFile) {
    requireDraft();
    this.structureJson = structureJson;
    this.dealFile = dealFile;
  }

  /** The pool changed: the deal file no longer matches it until the structure is defined again. */
  public void poolChanged() {
    requireDraft();
    this.dealFile = null;
  }

  public void submit(String user, Instant at) {
    requireDraft();
    this.status = DealStatus.SUBMITTED;
    this.submittedBy = user;
    this.submittedAt = at;
  }

  public void approve() {
    if (status == DealStatus.SUBMITTED) {
      status = DealStatus.APPROVED;
    }
  }

  /** Sent back by legal counsel or a trustee with a reason (idempotent). */
  public void reject(String by, String reason) {
    if (status == DealStatus.SUBMITTED) {
      status = DealStatus.REJECTED;
      rejectedBy = by;
      rejectionReason = reason;
    }
  }

  public Optional<String> rejectionReason() {
    return Optional.ofNullable(rejectionReason);
  }

  public Optional<String> rejectedBy() {
    return Optional.ofNullable(rejectedBy);
  }

  /**
   * Closed: the true sale is the ledger transaction {@code transactionId}; the senior tranche is
   * offered in {@code seniorOffering} (null: no senior tranche).
   */
  public void closed(String transactionId, String seniorOffering) {
    this.status = DealStatus.CLOSED;
    this.closingTransaction = transactionId;
    this.seniorOffering = seniorOffering;
  }

  public Optional<String> seniorOffering() {
    return Optional.ofNullable(seniorOffering);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String currency() {
    return currency;
  }

  public String sellerOrganisation() {
    return sellerOrganisation;
  }

  public String servicerOrganisation() {
    return servicerOrganisation;
  }

  public String spvOrganisation() {
    return spvOrganisation;
  }

  public PaymentFrequency paymentFrequency() {
    return paymentFrequency;
  }

  public LocalDate closingDate() {
    return closingDate;
  }

  public LocalDate firstPaymentDate() {
    return firstPaymentDate;
  }

  public BigDecimal concentrationLimit() {
    return concentrationLimit;
  }

  public DealStatus status() {
    return status;
  }

  public Optional<String> structureJson() {
    return Optional.ofNullable(structureJson);
  }

  public Optional<String> dealFile() {
    return Optional.ofNullable(dealFile);
  }

  public String createdBy() {
    return createdBy;
  }

  public String clientKey() {
    return clientKey;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<String> submittedBy() {
    return Optional.ofNullable(submittedBy);
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Optional<String> closingTransaction() {
    return Optional.ofNullable(closingTransaction);
  }
}
