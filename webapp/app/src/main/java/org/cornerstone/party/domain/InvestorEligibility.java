package org.cornerstone.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The registrar's record that an investor may hold and trade tokens, in the country and category
 * compliance approved. The registrar enforces its transfer rules against it. One per investor;
 * never changed once written.
 */
@Entity
@Table(name = "investor_eligibility")
public class InvestorEligibility {
  /** Id prefix: eligibility ids look like {@code ELG-000001} (same number as the investor). */
  public static final String ID_PREFIX = "ELG";

  @Id private String id;

  @Column(name = "investor_id", nullable = false, unique = true)
  private String investorId;

  @Column(nullable = false)
  private String username;

  @Column(nullable = false, length = 2)
  private String country;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InvestorCategory category;

  @Column(name = "approved_at", nullable = false)
  private Instant approvedAt;

  /** The organisation (kind OPERATOR) that keeps the register; null when none is configured. */
  @Column(name = "registrar_organisation")
  private String registrarOrganisation;

  /**
   * The last day the KYC is valid. An investor whose KYC lapsed may still sell but no longer buy
   * (the registrar's pre-transfer check).
   */
  @Column(name = "kyc_expires_on", nullable = false)
  private LocalDate kycExpiresOn;

  /** How long a KYC approval stays valid when nothing else is said: one year. */
  public static final Period KYC_VALIDITY = Period.ofYears(1);

  protected InvestorEligibility() {}

  /** An eligibility whose KYC is valid for {@link #KYC_VALIDITY} after the approval (UTC days). */
  public InvestorEligibility(
      InvestorProfile investor,
      String country,
      InvestorCategory category,
      Instant approvedAt,
      String registrarOrganisation) {
    this(
        investor,
        country,
        category,
        approvedAt,
        registrarOrganisation,
        LocalDate.ofInstant(approvedAt, ZoneOffset.UTC).plus(KYC_VALIDITY));
  }

  public InvestorEligibility(
      InvestorProfile investor,
      String country,
      InvestorCategory category,
      Instant approvedAt,
      String registrarOrganisation,
      LocalDate kycExpiresOn) {
    this.id = idFor(investor.id());
    this.investorId = investor.id();
    this.username = investor.username();
    this.country = Objects.requireNonNull(country, "country");
    this.category = Objects.requireNonNull(category, "category");
    this.approvedAt = Objects.requireNonNull(approvedAt, "approvedAt");
    this.registrarOrganisation = registrarOrganisation;
    this.kycExpiresOn = Objects.requireNonNull(kycExpiresOn, "kycExpiresOn");
  }

  public LocalDate kycExpiresOn() {
    return kycExpiresOn;
  }

  /** {@code ELG-000042} for investor {@code INV-000042}. */
  public static String idFor(String investorId) {
    String prefix = InvestorProfile.ID_PREFIX + "-";
    return ID_PREFIX
        + "-"
        + (investorId.startsWith(prefix) ? investorId.substring(prefix.length()) : investorId);
  }

  public String id() {
    return id;
  }

  public String investorId() {
    return investorId;
  }

  public String username() {
    return username;
  }

  public String country() {
    return country;
  }

  public InvestorCategory category() {
    return category;
  }

  public Instant approvedAt() {
    return approvedAt;
  }

  public Optional<String> registrarOrganisation() {
    return Optional.ofNullable(registrarOrganisation);
  }
}
