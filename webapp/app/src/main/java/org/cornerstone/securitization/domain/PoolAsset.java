package org.cornerstone.securitization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One asset of a deal's pool: {@code quantity} tokens of an instrument the seller holds, worth
 * {@code balanceMinor} (minor units of the deal's currency) when it was added, its obligor and its
 * maturity date (none for a real asset).
 */
@Entity
@Table(name = "securitization_pool_asset")
@IdClass(PoolAsset.Key.class)
public class PoolAsset {
  /** The composite key: deal and instrument. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    String dealId;
    String instrumentId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.dealId.equals(dealId) && k.instrumentId.equals(instrumentId);
    }

    @Override
    public int hashCode() {
      return dealId.hashCode() * 31 + instrumentId.hashCode();
    }
  }

  @Id
  @Column(name = "deal_id")
  private String dealId;

  @Id
  @Column(name = "instrument_id")
  private String instrumentId;

  @Column(name = "instrument_kind", nullable = false)
  private String instrumentKind;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String obligor;

  @Column(nullable = false)
  private long quantity;

  @Column(name = "balance_minor", nullable = false)
  private long balanceMinor;

  @Column(name = "maturity_date")
  private LocalDate maturityDate;

  @Column(name = "added_by", nullable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected PoolAsset() {}

  public PoolAsset(
      String dealId,
      Eligibility.Candidate candidate,
      long quantity,
      long balanceMinor,
      String addedBy,
      Instant addedAt) {
    this.dealId = dealId;
    this.instrumentId = candidate.instrumentId();
    this.instrumentKind = candidate.instrumentKind();
    this.title = candidate.title();
    this.obligor = candidate.obligor();
    this.quantity = quantity;
    this.balanceMinor = balanceMinor;
    this.maturityDate = candidate.maturityDate();
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  public String dealId() {
    return dealId;
  }

  public String instrumentId() {
    return instrumentId;
  }

  public String instrumentKind() {
    return instrumentKind;
  }

  public String title() {
    return title;
  }

  public String obligor() {
    return obligor;
  }

  public long quantity() {
    return quantity;
  }

  public long balanceMinor() {
    return balanceMinor;
  }

  public Optional<LocalDate> maturityDate() {
    return Optional.ofNullable(maturityDate);
  }

  public Instant addedAt() {
    return addedAt;
  }

  public Eligibility.Pooled pooled() {
    return new Eligibility.Pooled(instrumentId, obligor, balanceMinor);
  }
}
