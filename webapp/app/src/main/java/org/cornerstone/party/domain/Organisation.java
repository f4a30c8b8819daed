package org.cornerstone.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A legal entity on the platform. Its X.500 name is its identity on the ledger. */
@Entity
@Table(name = "organisation")
public class Organisation {
  /** What an organisation is to the platform. */
  public enum Kind {
    ORIGINATOR,
    TRUSTEE,
    INVESTOR,
    SETTLEMENT_BANK,
    OPERATOR,
    /** A large buyer whose confirmed payables back certificates (核心企业). */
    CORE_ENTERPRISE,
    /** A supplier in a core enterprise's chain, onboarded to hold certificates. */
    SUPPLIER,
    /** A bank that discounts certificates (资金方). */
    FINANCIER,
    /**
     * A securitization's special purpose vehicle (特殊目的信托): a trust created for one deal, with its
     * own ledger identity; buys the pool and issues the tranches (issue 14).
     */
    SPV
  }

  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Column(name = "x500_name", nullable = false, unique = true)
  private String x500Name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  protected Organisation() {}

  public Organisation(String id, String name, String x500Name, Kind kind) {
    this.id = id;
    this.name = name;
    this.x500Name = x500Name;
    this.kind = kind;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String x500Name() {
    return x500Name;
  }

  public Kind kind() {
    return kind;
  }
}
