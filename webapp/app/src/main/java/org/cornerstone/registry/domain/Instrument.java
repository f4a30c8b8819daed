package org.cornerstone.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * What holdings on the ledger are of: an asset token, cash, a tranche, a receivable certificate.
 * Its id is what ledger states carry as {@code instrumentId}. It names its issuer (an
 * organisation), its unit and currency, and the transfer rules every transfer must meet. The
 * real-world asset that backs an asset token is origination's {@code Asset}; the two are linked by
 * id only.
 */
@Entity
@Table(name = "instrument")
public class Instrument {
  /** The unit of an asset token: one token, a share of the asset. */
  public static final String UNIT_TOKEN = "TOKEN";

  @Id private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InstrumentKind kind;

  @Column(name = "issuer_organisation", nullable = false)
  private String issuerOrganisation;

  @Column(nullable = false)
  private String unit;

  @Column(nullable = false, length = 3)
  private String currency;

  @Embedded private TransferRules transferRules;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Instrument() {}

  public Instrument(
      String id,
      InstrumentKind kind,
      String issuerOrganisation,
      String unit,
      Currency currency,
      TransferRules transferRules,
      Instant createdAt) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("An instrument needs an id.");
    }
    this.id = id;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.issuerOrganisation = Objects.requireNonNull(issuerOrganisation, "issuerOrganisation");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.currency = Objects.requireNonNull(currency, "currency").getCurrencyCode();
    this.transferRules = Objects.requireNonNull(transferRules, "transferRules");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The tokens of one asset, issued by its originator's organisation. */
  public static Instrument assetToken(
      String id, String issuerOrganisation, Currency currency, Instant createdAt) {
    return new Instrument(
        id,
        InstrumentKind.ASSET_TOKEN,
        issuerOrganisation,
        UNIT_TOKEN,
        currency,
        TransferRules.unrestricted(),
        createdAt);
  }

  /** One minor unit of a certificate's face value: what one payable-certificate token is. */
  public static final String UNIT_MINOR = "MINOR_UNIT";

  /**
   * A payable certificate issued by a core enterprise (issue 22): one token per minor unit of face
   * value in {@code currency}, so that a part of a certificate is a number of its tokens.
   */
  public static Instrument payableCertificate(
      String id, String obligorOrganisation, Currency currency, Instant createdAt) {
    return new Instrument(
        id,
        InstrumentKind.PAYABLE_CERTIFICATE,
        obligorOrganisation,
        UNIT_MINOR,
        currency,
        TransferRules.unrestricted(),
        createdAt);
  }

  /**
   * A securitization tranche (issue 14): issued by the deal's SPV, one token per minor unit of
   * {@code currency} (like a payable certificate), with its own transfer rules ({@code rules}).
   */
  public static Instrument tranche(
      String id, String spvOrganisation, Currency currency, RuleSet rules, Instant createdAt) {
    return new Instrument(
        id,
        InstrumentKind.TRANCHE,
        spvOrganisation,
        UNIT_MINOR,
        currency,
        TransferRules.of(rules),
        createdAt);
  }

  public String id() {
    return id;
  }

  public InstrumentKind kind() {
    return kind;
  }

  public String issuerOrganisation() {
    return issuerOrganisation;
  }

  public String unit() {
    return unit;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public TransferRules transferRules() {
    return transferRules;
  }

  /** The current rule set. */
  public RuleSet ruleSet() {
    return transferRules.ruleSet();
  }

  /**
   * Makes {@code next} the current rule set. It must be the version after the current one: a change
   * is a new version, never an edit.
   */
  public void replaceRules(RuleSet next) {
    if (next.version() != transferRules.version() + 1) {
      throw new IllegalStateException(
          "Rule set version "
              + next.version()
              + " does not follow the current version "
              + transferRules.version()
              + ".");
    }
    this.transferRules = TransferRules.of(next);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
