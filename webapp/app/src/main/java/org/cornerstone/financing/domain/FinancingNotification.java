package org.cornerstone.financing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A notice to a holder organisation about one of its certificates: {@link #PAID_AT_MATURITY},
 * {@link #OVERDUE} (the obligor paid only part at maturity; {@code amountMinor} is still owed) or
 * {@link #OVERDUE_SETTLED}. Shown in the holder's wallet.
 */
@Entity
@Table(name = "financing_notification")
public class FinancingNotification {
  public static final String PAID_AT_MATURITY = "PAID_AT_MATURITY";
  public static final String OVERDUE = "OVERDUE";
  public static final String OVERDUE_SETTLED = "OVERDUE_SETTLED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String organisation;

  @Column(name = "certificate_id", nullable = false)
  private String certificateId;

  @Column(nullable = false)
  private String kind;

  @Column(name = "amount_minor", nullable = false)
  private long amountMinor;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected FinancingNotification() {}

  public FinancingNotification(
      String organisation, String certificateId, String kind, long amountMinor, Instant createdAt) {
    this.organisation = Objects.requireNonNull(organisation);
    this.certificateId = Objects.requireNonNull(certificateId);
    this.kind = Objects.requireNonNull(kind);
    this.amountMinor = amountMinor;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public String organisation() {
    return organisation;
  }

  public String certificateId() {
    return certificateId;
  }

  public String kind() {
    return kind;
  }

  public long amountMinor() {
    return amountMinor;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
