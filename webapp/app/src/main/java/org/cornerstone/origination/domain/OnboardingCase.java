package org.cornerstone.origination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An asset's onboarding case: where bringing the asset onto the platform stands (status, its
 * process, what the originator must fix, the outcome, the tokenization). The status only moves
 * forward, through the methods below, each of which refuses a move that does not fit it. The asset
 * itself (what it is, what it is worth, its evidence) is {@link Asset}; the case is kept with it.
 */
@Embeddable
public class OnboardingCase {
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

  @Column(name = "rework_comment")
  private String reworkComment;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "ledger_transaction_id")
  private String ledgerTransactionId;

  @Column(name = "diligence_digest")
  private String diligenceDigest;

  @Column(name = "tokenized_at")
  private Instant tokenizedAt;

  @Column(name = "originator_notified_at")
  private Instant originatorNotifiedAt;

  protected OnboardingCase() {}

  OnboardingCase(String submissionKey, Instant submittedAt) {
    this.submissionKey = submissionKey;
    this.submittedAt = submittedAt;
    this.status = AssetStatus.SUBMITTED;
  }

  void processStarted(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void documentsComplete(String assetId) {
    requireOpen(assetId);
    this.missingDocuments = null;
    this.reworkComment = null;
    this.status = AssetStatus.IN_REVIEW;
  }

  void documentsMissing(String assetId, List<String> missing) {
    requireOpen(assetId);
    this.missingDocuments = String.join(", ", missing);
    this.reworkComment = "Missing required documents: " + this.missingDocuments;
    this.status = AssetStatus.SENT_BACK;
  }

  void sentBack(String assetId, String comment) {
    requireOpen(assetId);
    this.reworkComment = comment;
    this.status = AssetStatus.SENT_BACK;
  }

  void resubmitted(String assetId) {
    requireStatus(assetId, AssetStatus.SENT_BACK);
    this.status = AssetStatus.IN_REVIEW;
  }

  void approvedForIssuance(String assetId) {
    requireStatus(assetId, AssetStatus.IN_REVIEW);
    this.status = AssetStatus.APPROVED;
  }

  void originatorNotified(Instant at) {
    if (originatorNotifiedAt == null) {
      this.originatorNotifiedAt = at;
    }
  }

  void tokenized(String assetId, String ledgerTransactionId, String diligenceDigest, Instant at) {
    if (status == AssetStatus.TOKENIZED && ledgerTransactionId.equals(this.ledgerTransactionId)) {
      return;
    }
    requireStatus(assetId, AssetStatus.APPROVED);
    this.ledgerTransactionId = ledgerTransactionId;
    this.diligenceDigest = diligenceDigest;
    this.tokenizedAt = at;
    this.status = AssetStatus.TOKENIZED;
  }

  void rejected(String assetId, String reason) {
    if (status.isFinal()) {
      throw new IllegalStateException("Asset " + assetId + " is already " + status.label() + ".");
    }
    this.rejectionReason = reason;
    this.status = AssetStatus.REJECTED;
  }

  void requireOpen(String assetId) {
    if (status.isFinal() || status == AssetStatus.APPROVED) {
      throw new IllegalStateException("Asset " + assetId + " is already " + status.label() + ".");
    }
  }

  void requireStatus(String assetId, AssetStatus expected) {
    if (status != expected) {
      throw new IllegalStateException(
          "Asset " + assetId + " is " + status.label() + ", not " + expected.label() + ".");
    }
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

  /** What the originator has to fix while the asset is sent back. */
  public Optional<String> reworkComment() {
    return Optional.ofNullable(reworkComment);
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

  public Optional<Instant> originatorNotifiedAt() {
    return Optional.ofNullable(originatorNotifiedAt);
  }
}
