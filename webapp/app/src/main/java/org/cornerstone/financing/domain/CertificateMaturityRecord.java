package org.cornerstone.financing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate's maturity once it was allocated: what was due in total, the obligor's cash then,
 * and its state ({@link #PAYING} until every holder's payment and redemption are recorded, then
 * {@link #PAID} or {@link #OVERDUE}; an overdue certificate becomes {@link #SETTLED} when the
 * obligor has paid the rest).
 */
@Entity
@Table(name = "financing_maturity")
public class CertificateMaturityRecord {
  public static final String PAYING = "PAYING";
  public static final String PAID = "PAID";
  public static final String OVERDUE = "OVERDUE";
  public static final String SETTLED = "SETTLED";

  @Id
  @Column(name = "certificate_id")
  private String certificateId;

  @Column(nullable = false)
  private String state;

  @Column(name = "due_minor", nullable = false)
  private long dueMinor;

  @Column(name = "cash_available_minor", nullable = false)
  private long cashAvailableMinor;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "allocated_at", nullable = false)
  private Instant allocatedAt;

  @Column(name = "settled_at")
  private Instant settledAt;

  protected CertificateMaturityRecord() {}

  public CertificateMaturityRecord(
      String certificateId, long dueMinor, long cashAvailableMinor, Instant allocatedAt) {
    this.certificateId = Objects.requireNonNull(certificateId);
    this.state = PAYING;
    this.dueMinor = dueMinor;
    this.cashAvailableMinor = cashAvailableMinor;
    this.allocatedAt = Objects.requireNonNull(allocatedAt);
  }

  public String certificateId() {
    return certificateId;
  }

  public String state() {
    return state;
  }

  public long dueMinor() {
    return dueMinor;
  }

  public long cashAvailableMinor() {
    return cashAvailableMinor;
  }

  public Instant allocatedAt() {
    return allocatedAt;
  }

  public Optional<Instant> settledAt() {
    return Optional.ofNullable(settledAt);
  }

  public void paid(Instant at) {
    this.state = PAID;
    this.settledAt = at;
  }

  public void overdue() {
    this.state = OVERDUE;
  }

  public void settled(Instant at) {
    this.state = SETTLED;
    this.settledAt = at;
  }
}
