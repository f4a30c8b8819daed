package org.cornerstone.offering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import org.cornerstone.allocation.AllocationRule;
import org.cornerstone.allocation.OfferingTerms;

/**
 * A primary offering: {@code quantityOffered} tokens of an instrument from its issuer at {@code
 * priceMinor} per token, subscriptions accepted from {@code opensAt} to {@code closesAt}, allocated
 * by {@code allocationRule}.
 */
@Entity
@Table(name = "offering")
public class Offering {
  @Id private String id;

  @Column(name = "instrument_id", nullable = false)
  private String instrumentId;

  @Column(name = "issuer_organisation", nullable = false)
  private String issuerOrganisation;

  @Column(name = "issuer_party", nullable = false)
  private String issuerParty;

  @Column(name = "opened_by", nullable = false)
  private String openedBy;

  @Column(name = "quantity_offered", nullable = false)
  private long quantityOffered;

  @Column(name = "price_minor", nullable = false)
  private long priceMinor;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "minimum_subscription", nullable = false)
  private long minimumSubscription;

  @Column(name = "opens_at", nullable = false)
  private Instant opensAt;

  @Column(name = "closes_at", nullable = false)
  private Instant closesAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "allocation_rule", nullable = false)
  private AllocationRule allocationRule;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OfferingStatus status;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "close_requested_at")
  private Instant closeRequestedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "settled_at")
  private Instant settledAt;

  @Column(name = "quantity_allocated")
  private Long quantityAllocated;

  @Column(name = "quantity_unallocated")
  private Long quantityUnallocated;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Offering() {}

  public Offering(
      String id,
      String instrumentId,
      String issuerOrganisation,
      String issuerParty,
      String openedBy,
      long quantityOffered,
      long priceMinor,
      Currency currency,
      long minimumSubscription,
      Instant opensAt,
      Instant closesAt,
      AllocationRule allocationRule,
      Instant createdAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.instrumentId = Objects.requireNonNull(instrumentId, "instrumentId");
    this.issuerOrganisation = Objects.requireNonNull(issuerOrganisation, "issuerOrganisation");
    this.issuerParty = Objects.requireNonNull(issuerParty, "issuerParty");
    this.openedBy = Objects.requireNonNull(openedBy, "openedBy");
    this.currency = Objects.requireNonNull(currency, "currency").getCurrencyCode();
    this.opensAt = Objects.requireNonNull(opensAt, "opensAt");
    this.closesAt = Objects.requireNonNull(closesAt, "closesAt");
    this.allocationRule = Objects.requireNonNull(allocationRule, "allocationRule");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    // the engine's own checks: positive quantity, price and minimum
    new OfferingTerms(quantityOffered, priceMinor, minimumSubscription, allocationRule);
    if (!closesAt.isAfter(opensAt)) {
      throw new IllegalArgumentException("An offering must close after it opens.");
    }
    this.quantityOffered = quantityOffered;
    this.priceMinor = priceMinor;
    this.minimumSubscription = minimumSubscription;
    this.status = OfferingStatus.PENDING_APPROVAL;
  }

  public OfferingTerms terms() {
    return new OfferingTerms(quantityOffered, priceMinor, minimumSubscription, allocationRule);
  }

  /** Subscriptions are accepted at {@code now}: open, and within the window. */
  public boolean accepts(Instant now) {
    return status == OfferingStatus.OPEN
        && closeRequestedAt == null
        && !now.isBefore(opensAt)
        && now.isBefore(closesAt);
  }

  public void open() {
    if (status == OfferingStatus.PENDING_APPROVAL) {
      status = OfferingStatus.OPEN;
    }
  }

  public void reject(String reason) {
    if (status == OfferingStatus.PENDING_APPROVAL) {
      status = OfferingStatus.REJECTED;
      rejectionReason = reason;
    }
  }

  public void closeRequested(Instant at) {
    if (closeRequestedAt == null) {
      closeRequestedAt = at;
    }
  }

  public void allocated(long allocated, long unallocated, Instant at) {
    status = OfferingStatus.CLOSED;
    quantityAllocated = allocated;
    quantityUnallocated = unallocated;
    closedAt = at;
  }

  public void settled(Instant at) {
    if (status == OfferingStatus.CLOSED) {
      status = OfferingStatus.SETTLED;
      settledAt = at;
    }
  }

  public String id() {
    return id;
  }

  public String instrumentId() {
    return instrumentId;
  }

  public String issuerOrganisation() {
    return issuerOrganisation;
  }

  public String issuerParty() {
    return issuerParty;
  }

  public String openedBy() {
    return openedBy;
  }

  public long quantityOffered() {
    return quantityOffered;
  }

  public long priceMinor() {
    return priceMinor;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public long minimumSubscription() {
    return minimumSubscription;
  }

  public Instant opensAt() {
    return opensAt;
  }

  public Instant closesAt() {
    return closesAt;
  }

  public AllocationRule allocationRule() {
    return allocationRule;
  }

  public OfferingStatus status() {
    return status;
  }

  public String rejectionReason() {
    return rejectionReason;
  }

  public Instant closeRequestedAt() {
    return closeRequestedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public Instant settledAt() {
    return settledAt;
  }

  public Long quantityAllocated() {
    return quantityAllocated;
  }

  public Long quantityUnallocated() {
    return quantityUnallocated;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
