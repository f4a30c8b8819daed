package org.cornerstone.financing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A financier's limit on its exposure to one obligor in one currency: the face value (minor units)
 * of that obligor's certificates it may hold, counting discounts accepted but not yet settled.
 * Without a limit the financier has not capped its exposure to the obligor.
 */
@Entity
@Table(name = "financing_discount_limit")
public class DiscountLimit {
  @Id private String id;

  @Column(name = "financier_organisation", nullable = false)
  private String financierOrganisation;

  @Column(name = "obligor_organisation", nullable = false)
  private String obligorOrganisation;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "limit_minor", nullable = false)
  private long limitMinor;

  @Column(name = "set_by", nullable = false)
  private String setBy;

  @Column(name = "set_at", nullable = false)
  private Instant setAt;

  protected DiscountLimit() {}

  public DiscountLimit(
      String financierOrganisation,
      String obligorOrganisation,
      String currency,
      long limitMinor,
      String setBy,
      Instant setAt) {
    this.id = idOf(financierOrganisation, obligorOrganisation, currency);
    this.financierOrganisation = financierOrganisation;
    this.obligorOrganisation = obligorOrganisation;
    this.currency = currency;
    change(limitMinor, setBy, setAt);
  }

  /** The key of a financier's limit on an obligor in a currency. */
  public static String idOf(String financier, String obligor, String currency) {
    return financier + "/" + obligor + "/" + currency;
  }

  public void change(long limit, String by, Instant at) {
    if (limit < 0) {
      throw new IllegalArgumentException("A limit must not be negative.");
    }
    this.limitMinor = limit;
    this.setBy = Objects.requireNonNull(by);
    this.setAt = Objects.requireNonNull(at);
  }

  public String id() {
    return id;
  }

  public String financierOrganisation() {
    return financierOrganisation;
  }

  public String obligorOrganisation() {
    return obligorOrganisation;
  }

  public String currency() {
    return currency;
  }

  public long limitMinor() {
    return limitMinor;
  }

  public String setBy() {
    return setBy;
  }

  public Instant setAt() {
    return setAt;
  }
}
