package org.cornerstone.origination.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.shared.Money;

/**
 * A real-world asset (基础资产): a building or a copyright, with what it is, where, what it is worth
 * (declared value, valuation), its evidence and the instruments it backs once tokenized. Its
 * onboarding is an {@link OnboardingCase} kept with it; the status-changing methods here hand over
 * to the case, which refuses a move that does not fit the current status.
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

  @Column private String address;

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

  /** The instruments this asset backs (registry ids): its tokens once tokenized. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "asset_instrument", joinColumns = @JoinColumn(name = "asset_id"))
  @Column(name = "instrument_id")
  private Set<String> instrumentIds = new LinkedHashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_class", nullable = false)
  private RiskClass riskClass = RiskClass.MEDIUM;

  @Column(name = "registration_number")
  private String registrationNumber;

  @Column(name = "registration_authority")
  private String registrationAuthority;

  @Column(name = "authors")
  private String authors;

  @Column(name = "rights_holder")
  private String rightsHolder;

  @Embedded private Valuation valuation;

  /** Where the asset's onboarding stands: status, process, rework, outcome, tokenization. */
  @Embedded private OnboardingCase onboarding;

  @Version private long version;

  @OneToMany(
      mappedBy = "asset",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @OrderBy("uploadedAt")
  private List<AssetDocument> documents = new ArrayList<>();

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
    this.onboarding = new OnboardingCase(submissionKey, submittedAt);
  }

  public void attach(AssetDocument document) {
    documents.add(document);
  }

  public void processStarted(String processInstanceId) {
    onboarding.processStarted(processInstanceId);
  }

  /** The document check passed: reviewers take over. */
  public void documentsComplete() {
    onboarding.documentsComplete(id);
  }

  /** Required documents are missing: the originator has to add them. */
  public void documentsMissing(List<String> missing) {
    onboarding.documentsMissing(id, missing);
  }

  /** A reviewer sent the asset back to the originator with what to fix. */
  public void sentBack(String comment) {
    onboarding.sentBack(id, comment);
  }

  /** The originator fixed what was asked and resubmitted. */
  public void resubmitted() {
    onboarding.resubmitted(id);
  }

  /** Records the valuation and the amount it allows to tokenize. */
  public void valued(Valuation valuation) {
    onboarding.requireOpen(id);
    this.valuation = valuation;
  }

  /**
   * What the tokens represent, as the ledger's asset state records it: the valuation's tokenization
   * cap (appraised value times the loan-to-value share) in the currency's minor units, rounded
   * down. Each token is an equal share of it. Empty before the valuation.
   */
  public Optional<Money> tokenizedAmount() {
    return valuation().map(v -> tokenizedAmount(v.tokenizationCap(), appraisedValue().currency()));
  }

  /** The figure the ledger records for a tokenization cap: rounded down to the minor unit. */
  public static Money tokenizedAmount(BigDecimal cap, java.util.Currency currency) {
    return new Money(
        cap.setScale(Math.max(0, currency.getDefaultFractionDigits()), java.math.RoundingMode.DOWN),
        currency);
  }

  /** One token's share of the tokenized amount, to the minor unit plus two places. */
  public Optional<BigDecimal> tokenizedAmountPerToken() {
    return tokenizedAmount()
        .map(
            m ->
                m.amount()
                    .divide(
                        BigDecimal.valueOf(tokensToIssue),
                        Math.max(0, m.currency().getDefaultFractionDigits()) + 2,
                        java.math.RoundingMode.HALF_UP));
  }

  /** Both trustees approved: tokens may be issued. */
  public void approvedForIssuance() {
    onboarding.requireStatus(id, AssetStatus.IN_REVIEW);
    if (valuation == null) {
      throw new IllegalStateException("Asset " + id + " has no valuation.");
    }
    onboarding.approvedForIssuance(id);
  }

  /** The originator was told the outcome. */
  public void originatorNotified(Instant at) {
    onboarding.originatorNotified(at);
  }

  /** Copyright evidence: registration, authors and the rights holder. */
  public void describeCopyright(
      String registrationNumber,
      String registrationAuthority,
      String authors,
      String rightsHolder) {
    if (kind != AssetKind.COPYRIGHT) {
      throw new IllegalStateException("Asset " + id + " is not a copyright.");
    }
    this.registrationNumber = registrationNumber;
    this.registrationAuthority = registrationAuthority;
    this.authors = authors;
    this.rightsHolder = rightsHolder;
  }

  public void assessRisk(RiskClass riskClass) {
    this.riskClass = java.util.Objects.requireNonNull(riskClass, "riskClass");
  }

  /**
   * Tokens were issued on the ledger. Repeating it with the same transaction id changes nothing.
   */
  public void tokenized(String ledgerTransactionId, String diligenceDigest, Instant at) {
    onboarding.tokenized(id, ledgerTransactionId, diligenceDigest, at);
  }

  /** Records that this asset backs the instrument (registry id), e.g. its tokens. */
  public void backs(String instrumentId) {
    if (instrumentId == null || instrumentId.isBlank()) {
      throw new IllegalArgumentException("An instrument id is required.");
    }
    instrumentIds.add(instrumentId);
  }

  /** The instruments this asset backs; empty until it is tokenized. */
  public Set<String> instrumentIds() {
    return Set.copyOf(instrumentIds);
  }

  public void rejected(String reason) {
    onboarding.rejected(id, reason);
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

  /** The asset's onboarding case. */
  public OnboardingCase onboarding() {
    return onboarding;
  }

  public AssetStatus status() {
    return onboarding.status();
  }

  public String submissionKey() {
    return onboarding.submissionKey();
  }

  public Instant submittedAt() {
    return onboarding.submittedAt();
  }

  public Optional<String> processInstanceId() {
    return onboarding.processInstanceId();
  }

  public Optional<String> missingDocuments() {
    return onboarding.missingDocuments();
  }

  public Optional<String> rejectionReason() {
    return onboarding.rejectionReason();
  }

  public Optional<String> ledgerTransactionId() {
    return onboarding.ledgerTransactionId();
  }

  public Optional<String> diligenceDigest() {
    return onboarding.diligenceDigest();
  }

  public Optional<Instant> tokenizedAt() {
    return onboarding.tokenizedAt();
  }

  public List<AssetDocument> documents() {
    return List.copyOf(documents);
  }

  public RiskClass riskClass() {
    return riskClass;
  }

  public Optional<String> registrationNumber() {
    return Optional.ofNullable(registrationNumber);
  }

  public Optional<String> registrationAuthority() {
    return Optional.ofNullable(registrationAuthority);
  }

  public Optional<String> authors() {
    return Optional.ofNullable(authors);
  }

  public Optional<String> rightsHolder() {
    return Optional.ofNullable(rightsHolder);
  }

  /** What the originator has to fix while the asset is sent back. */
  public Optional<String> reworkComment() {
    return onboarding.reworkComment();
  }

  public Optional<Valuation> valuation() {
    return Optional.ofNullable(valuation);
  }

  public Optional<Instant> originatorNotifiedAt() {
    return onboarding.originatorNotifiedAt();
  }
}
