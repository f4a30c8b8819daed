package org.cornerstone.offering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An investor's subscription to an offering: the quantity asked for, the cash reserved for it, and
 * later its allocation and the ledger transaction that settled it.
 */
@Entity
@Table(name = "offering_subscription")
public class Subscription {
  @Id private long id;

  @Column(name = "offering_id", nullable = false)
  private String offeringId;

  @Column(name = "investor_user", nullable = false)
  private String investorUser;

  @Column(name = "holder_party", nullable = false)
  private String holderParty;

  @Column(name = "subscription_key", nullable = false)
  private String subscriptionKey;

  @Column(nullable = false)
  private long quantity;

  @Column(name = "reserved_minor", nullable = false)
  private long reservedMinor;

  @Column(name = "reservation_key", nullable = false)
  private String reservationKey;

  @Column(name = "subscribed_at", nullable = false)
  private Instant subscribedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SubscriptionStatus status;

  @Column(name = "allocation_number")
  private Integer allocationNumber;

  @Column(name = "quantity_allocated")
  private Long quantityAllocated;

  @Column(name = "amount_minor")
  private Long amountMinor;

  @Column(name = "released_minor")
  private Long releasedMinor;

  @Column(name = "ledger_transaction_id")
  private String ledgerTransactionId;

  @Column(name = "settled_at")
  private Instant settledAt;

  @Version private long version;

  protected Subscription() {}

  public Subscription(
      long id,
      String offeringId,
      String investorUser,
      String holderParty,
      String subscriptionKey,
      long quantity,
      long reservedMinor,
      String reservationKey,
      Instant subscribedAt) {
    this.id = id;
    this.offeringId = Objects.requireNonNull(offeringId, "offeringId");
    this.investorUser = Objects.requireNonNull(investorUser, "investorUser");
    this.holderParty = Objects.requireNonNull(holderParty, "holderParty");
    this.subscriptionKey = Objects.requireNonNull(subscriptionKey, "subscriptionKey");
    this.quantity = quantity;
    this.reservedMinor = reservedMinor;
    this.reservationKey = Objects.requireNonNull(reservationKey, "reservationKey");
    this.subscribedAt = Objects.requireNonNull(subscribedAt, "subscribedAt");
    this.status = SubscriptionStatus.RESERVED;
  }

  /** Records the allocation; {@code number} is null when nothing was allocated. */
  public void allocated(Integer number, long allocated, long amount, long released) {
    allocationNumber = number;
    quantityAllocated = allocated;
    amountMinor = amount;
    releasedMinor = released;
    status = allocated > 0 ? SubscriptionStatus.ALLOCATED : SubscriptionStatus.NOT_ALLOCATED;
  }

  public void settled(String transactionId, Instant at) {
    ledgerTransactionId = Objects.requireNonNull(transactionId, "transactionId");
    settledAt = at;
    status = SubscriptionStatus.SETTLED;
  }

  public long id() {
    return id;
  }

  public String offeringId() {
    return offeringId;
  }

  public String investorUser() {
    return investorUser;
  }

  public String holderParty() {
    return holderParty;
  }

  public String subscriptionKey() {
    return subscriptionKey;
  }

  public long quantity() {
    return quantity;
  }

  public long reservedMinor() {
    return reservedMinor;
  }

  public String reservationKey() {
    return reservationKey;
  }

  public Instant subscribedAt() {
    return subscribedAt;
  }

  public SubscriptionStatus status() {
    return status;
  }

  public Integer allocationNumber() {
    return allocationNumber;
  }

  public Long quantityAllocated() {
    return quantityAllocated;
  }

  public Long amountMinor() {
    return amountMinor;
  }

  public Long releasedMinor() {
    return releasedMinor;
  }

  public String ledgerTransactionId() {
    return ledgerTransactionId;
  }

  public Instant settledAt() {
    return settledAt;
  }
}
