package org.cornerstone.party.domain;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An investor on their way to being allowed to trade: who they are (legal name, country, category),
 * the identity documents they uploaded and where onboarding stands. The status only moves through
 * the methods below, each of which refuses a move that does not fit the current status.
 */
@Entity
@Table(name = "investor_profile")
public class InvestorProfile {
  /** Id prefix: investor ids look like {@code INV-000001}. */
  public static final String ID_PREFIX = "INV";

  public static final int MAX_LEGAL_NAME = 200;
  public static final int MAX_COMMENT = 2000;

  @Id private String id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "legal_name", nullable = false)
  private String legalName;

  @Column(length = 2)
  private String country;

  @Enumerated(EnumType.STRING)
  private InvestorCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InvestorStatus status;

  @Column(name = "compliance_comment")
  private String complianceComment;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(
      mappedBy = "investor",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @OrderBy("uploadedAt")
  private List<IdentityDocument> documents = new ArrayList<>();

  protected InvestorProfile() {}

  public InvestorProfile(String id, String username, String legalName, Instant registeredAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.username = Objects.requireNonNull(username, "username");
    this.legalName = Objects.requireNonNull(legalName, "legalName");
    this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
    this.updatedAt = registeredAt;
    this.status = InvestorStatus.REGISTERED;
  }

  /** {@code INV-000042} for number 42. */
  public static String idFor(long number) {
    return String.format("%s-%06d", ID_PREFIX, number);
  }

  public void processStarted(String processInstanceId) {
    this.processInstanceId = Objects.requireNonNull(processInstanceId, "processInstanceId");
  }

  public void attach(IdentityDocument document) {
    if (status.isFinal()) {
      throw new IllegalStateException(
          "Investor " + id + " is already " + status.label() + ": no more documents.");
    }
    documents.add(document);
  }

  /** The investor declared country and category and handed the profile to compliance. */
  public void submitProfile(String country, InvestorCategory category, Instant at) {
    requireStatus(InvestorStatus.REGISTERED, InvestorStatus.SENT_BACK);
    if (documents.isEmpty()) {
      throw new IllegalStateException("Investor " + id + " has no identity documents.");
    }
    this.country = Objects.requireNonNull(country, "country");
    this.category = Objects.requireNonNull(category, "category");
    this.submittedAt = at;
    this.status = InvestorStatus.PROFILE_SUBMITTED;
    this.updatedAt = at;
  }

  /**
   * Compliance's review of the submitted profile is waiting ({@code claimed == false}) or being
   * worked on by someone ({@code claimed == true}). Repeating it changes nothing.
   */
  public void awaitingCompliance(boolean claimed, Instant at) {
    InvestorStatus next =
        claimed ? InvestorStatus.IN_COMPLIANCE_REVIEW : InvestorStatus.PROFILE_SUBMITTED;
    if (status == next) {
      return;
    }
    requireStatus(InvestorStatus.PROFILE_SUBMITTED, InvestorStatus.IN_COMPLIANCE_REVIEW);
    this.status = next;
    this.updatedAt = at;
  }

  /** Compliance sent the profile back; the comment says what is missing. */
  public void sentBack(String comment, Instant at) {
    if (status == InvestorStatus.SENT_BACK && Objects.equals(comment, complianceComment)) {
      return;
    }
    requireStatus(
        InvestorStatus.PROFILE_SUBMITTED,
        InvestorStatus.IN_COMPLIANCE_REVIEW,
        InvestorStatus.SENT_BACK);
    this.complianceComment = comment;
    this.status = InvestorStatus.SENT_BACK;
    this.updatedAt = at;
  }

  /**
   * Compliance approved: the investor may trade in the approved country and category. Repeating it
   * with the same country and category changes nothing.
   */
  public void eligible(String approvedCountry, InvestorCategory approvedCategory, Instant at) {
    if (status == InvestorStatus.ELIGIBLE
        && approvedCountry.equals(country)
        && approvedCategory == category) {
      return;
    }
    requireStatus(InvestorStatus.PROFILE_SUBMITTED, InvestorStatus.IN_COMPLIANCE_REVIEW);
    this.country = approvedCountry;
    this.category = approvedCategory;
    this.status = InvestorStatus.ELIGIBLE;
    this.decidedAt = at;
    this.updatedAt = at;
  }

  /** Onboarding ended in rejection. Repeating it with the same reason changes nothing. */
  public void rejected(String reason, Instant at) {
    if (status == InvestorStatus.REJECTED && Objects.equals(reason, rejectionReason)) {
      return;
    }
    if (status.isFinal()) {
      throw new IllegalStateException("Investor " + id + " is already " + status.label() + ".");
    }
    this.rejectionReason = reason;
    this.status = InvestorStatus.REJECTED;
    this.decidedAt = at;
    this.updatedAt = at;
  }

  private void requireStatus(InvestorStatus... allowed) {
    Set<InvestorStatus> set = EnumSet.noneOf(InvestorStatus.class);
    set.addAll(List.of(allowed));
    if (!set.contains(status)) {
      throw new IllegalStateException(
          "Investor " + id + " is " + status.label() + ", which does not allow this step.");
    }
  }

  public String id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String legalName() {
    return legalName;
  }

  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  public Optional<InvestorCategory> category() {
    return Optional.ofNullable(category);
  }

  public InvestorStatus status() {
    return status;
  }

  public Optional<String> complianceComment() {
    return Optional.ofNullable(complianceComment);
  }

  public Optional<String> rejectionReason() {
    return Optional.ofNullable(rejectionReason);
  }

  public Optional<String> processInstanceId() {
    return Optional.ofNullable(processInstanceId);
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public List<IdentityDocument> documents() {
    return List.copyOf(documents);
  }
}
