package org.cornerstone.origination.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A real-world asset on its way to becoming tokens. Its status only moves forward, through the
 * methods below, each of which refuses a move that does not fit the current status.
 */
@Entity
@Table(name = "asset")
public class Asset {
  /** Upper bound on the tokens one asset may be split into. */
  public static final long MAX_TOKENS = 1_000_000_000_000L;

  @Id private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AssetKind kind;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String address;

  @Column(nullable = false)
  private String jurisdiction;

  @Column(name = "appraised_value", nullable = false, precision = 22, scale = 4)
  private BigDecimal appraisedValue;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "tokens_to_issue", nullable = false)
  private long tokensToIssue;

  @Column(name = "originator", nullable = false)
  private String originator;

  @Column(name = "issuer_organisation", nullable = false)
  private String issuerOrganisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AssetStatus status;

  @Column(name = "submission_key", nullable = false, unique = true)
  private String submissionKey;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "missing_documents")
  private String missingDocuments;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "ledger_transaction_id")
  private String ledgerTransactionId;

  @Column(name = "diligence_digest")
  private String diligenceDigest;

  @Column(name = "tokenized_at")
  private Instant tokenizedAt;

  @Version private long version;

  @OneToMany(
      mappedBy = "asset",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @OrderBy("uploadedAt")
  private List<AssetDocument> documents = new ArrayList<>();

  @OneToMany(
      mappedBy = "asset",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @OrderBy("decidedAt")
  private List<ReviewDecision> decisions = new ArrayList<>();

  protected Asset() {}

  public Asset(
      String id,
      AssetKind kind,
      String title,
      String address,
      String jurisdiction,
      Money appraisedValue,
      long tokensToIssue,
      String originator,
      String issuerOrganisation,
      String submissionKey,
      Instant submittedAt) {
    if (tokensToIssue <= 0 || tokensToIssue > MAX_TOKENS) {
      throw new IllegalArgumentException("tokensToIssue out of range: " + tokensToIssue);
    }
    this.id = id;
    this.kind = kind;
    this.title = title;
    this.address = address;
    this.jurisdiction = jurisdiction;
    this.appraisedValue = appraisedValue.amount();
    this.currency = appraisedValue.currency().getCurrencyCode();
    this.tokensToIssue = tokensToIssue;
    this.originator = originator;
    this.issuerOrganisation = issuerOrganisation;
    this.submissionKey = submissionKey;
    this.submittedAt = submittedAt;
    this.status = AssetStatus.SUBMITTED;
  }

  public void attach(AssetDocument document) {
    documents.add(document);
  }

  public void processStarted(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** The document check passed: the asset now waits for a trustee. */
  public void documentsComplete() {
    requireStatus(AssetStatus.SUBMITTED);
    this.missingDocuments = null;
    this.status = AssetStatus.IN_TRUSTEE_REVIEW;
  }

  public void documentsMissing(List<String> missing) {
    requireStatus(AssetStatus.SUBMITTED);
    this.missingDocuments = String.join(", ", missing);
  }

  public void recordDecision(ReviewDecision decision) {
    requireStatus(AssetStatus.IN_TRUSTEE_REVIEW);
    decisions.add(decision);
    if (decision.approved()) {
      this.status = AssetStatus.APPROVED;
    }
  }

  /**
   * Tokens were issued on the ledger. Repeating it with the same transaction id changes nothing.
   */
  public void tokenized(String ledgerTransactionId, String diligenceDigest, Instant at) {
    if (status == AssetStatus.TOKENIZED && ledgerTransactionId.equals(this.ledgerTransactionId)) {
      return;
    }
    requireStatus(AssetStatus.APPROVED);
    this.ledgerTransactionId = ledgerTransactionId;
    this.diligenceDigest = diligenceDigest;
    this.tokenizedAt = at;
    this.status = AssetStatus.TOKENIZED;
  }

  public void rejected(String reason) {
    if (status.isFinal()) {
      throw new IllegalStateException("Asset " + id + " is already " + status.label() + ".");
    }
    this.rejectionReason = reason;
    this.status = AssetStatus.REJECTED;
  }

  private void requireStatus(AssetStatus expected) {
    if (status != expected) {
      throw new IllegalStateException(
          "Asset " + id + " is " + status.label() + ", not " + expected.label() + ".");
    }
  }

  public String id() {
    return id;
  }

  public AssetKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String address() {
    return address;
  }

  public String jurisdiction() {
    return jurisdiction;
  }

  public Money appraisedValue() {
    return new Money(appraisedValue, Currency.getInstance(currency));
  }

  public long tokensToIssue() {
    return tokensToIssue;
  }

  public String originator() {
    return originator;
  }

  public String issuerOrganisation() {
    return issuerOrganisation;
  }

  public AssetStatus status() {
    return status;
  }

  public String submissionKey() {
    return submissionKey;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Optional<String> processInstanceId() {
    return Optional.ofNullable(processInstanceId);
  }

  public Optional<String> missingDocuments() {
    return Optional.ofNullable(missingDocuments);
  }

  public Optional<String> rejectionReason() {
    return Optional.ofNullable(rejectionReason);
  }

  public Optional<String> ledgerTransactionId() {
    return Optional.ofNullable(ledgerTransactionId);
  }

  public Optional<String> diligenceDigest() {
    return Optional.ofNullable(diligenceDigest);
  }

  public Optional<Instant> tokenizedAt() {
    return Optional.ofNullable(tokenizedAt);
  }

  public List<AssetDocument> documents() {
    return List.copyOf(documents);
  }

  public List<ReviewDecision> decisions() {
    return List.copyOf(decisions);
  }
}
