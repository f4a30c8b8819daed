package org.cornerstone.financing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * What one holder is due at a certificate's maturity (its holding then, in minor units), what the
 * allocation gives it now ({@code allocatedMinor}: all of it, or its pro-rata share in a
 * shortfall), the ledger transactions that paid it and redeemed that many tokens, and what the
 * obligor paid later on the overdue rest. States: {@link #PENDING} (allocated, not yet paid),
 * {@link #PAID}, {@link #OVERDUE} (paid in part, the rest owed), {@link #SETTLED} (the overdue rest
 * paid).
 */
@Entity
@Table(name = "financing_maturity_payment")
@IdClass(MaturityPayment.Key.class)
public class MaturityPayment {
  public static final String PENDING = "PENDING";
  public static final String PAID = "PAID";
  public static final String OVERDUE = "OVERDUE";
  public static final String SETTLED = "SETTLED";

  /** The primary key: certificate and holder organisation. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    String certificateId;
    String holderOrganisation;

    public Key() {}

    public Key(String certificateId, String holderOrganisation) {
      this.certificateId = certificateId;
      this.holderOrganisation = holderOrganisation;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(certificateId, k.certificateId)
          && Objects.equals(holderOrganisation, k.holderOrganisation);
    }

    @Override
    public int hashCode() {
      return Objects.hash(certificateId, holderOrganisation);
    }
  }

  @Id
  @Column(name = "certificate_id")
  private String certificateId;

  @Id
  @Column(name = "holder_organisation")
  private String holderOrganisation;

  @Column(name = "holder_x500", nullable = false)
  private String holderX500;

  @Column(name = "due_minor", nullable = false)
  private long dueMinor;

  @Column(name = "allocated_minor", nullable = false)
  private long allocatedMinor;

  @Column(name = "payment_transaction_id")
  private String paymentTransactionId;

  @Column(name = "redemption_transaction_id")
  private String redemptionTransactionId;

  @Column(name = "overdue_paid_minor", nullable = false)
  private long overduePaidMinor;

  @Column(name = "overdue_payment_transaction_id")
  private String overduePaymentTransactionId;

  @Column(name = "overdue_redemption_transaction_id")
  private String overdueRedemptionTransactionId;

  @Column(nullable = false)
  private String state;

  protected MaturityPayment() {}

  public MaturityPayment(
      String certificateId,
      String holderOrganisation,
      String holderX500,
      long dueMinor,
      long allocatedMinor) {
    if (dueMinor <= 0 || allocatedMinor < 0 || allocatedMinor > dueMinor) {
      throw new IllegalArgumentException(
          "A maturity payment needs 0 <= allocated <= due, due > 0: " + allocatedMinor);
    }
    this.certificateId = Objects.requireNonNull(certificateId);
    this.holderOrganisation = Objects.requireNonNull(holderOrganisation);
    this.holderX500 = Objects.requireNonNull(holderX500);
    this.dueMinor = dueMinor;
    this.allocatedMinor = allocatedMinor;
    this.state = PENDING;
  }

  public String certificateId() {
    return certificateId;
  }

  public String holderOrganisation() {
    return holderOrganisation;
  }

  public String holderX500() {
    return holderX500;
  }

  public long dueMinor() {
    return dueMinor;
  }

  public long allocatedMinor() {
    return allocatedMinor;
  }

  /** What is still owed: due − allocated − paid on the overdue rest. */
  public long outstandingMinor() {
    return dueMinor - allocatedMinor - overduePaidMinor;
  }

  public long overduePaidMinor() {
    return overduePaidMinor;
  }

  public Optional<String> paymentTransactionId() {
    return Optional.ofNullable(paymentTransactionId);
  }

  public Optional<String> redemptionTransactionId() {
    return Optional.ofNullable(redemptionTransactionId);
  }

  public Optional<String> overduePaymentTransactionId() {
    return Optional.ofNullable(overduePaymentTransactionId);
  }

  public String state() {
    return state;
  }

  public void paidAtMaturity(String paymentTransaction) {
    this.paymentTransactionId = paymentTransaction;
  }

  /** The allocated tokens were redeemed: PAID, or OVERDUE when the allocation fell short. */
  public void redeemedAtMaturity(String redemptionTransaction) {
    this.redemptionTransactionId = redemptionTransaction;
    this.state = allocatedMinor == dueMinor ? PAID : OVERDUE;
  }

  public void overduePaid(String paymentTransaction) {
    this.overduePaymentTransactionId = paymentTransaction;
  }

  /** The overdue rest was paid and its tokens redeemed. */
  public void overdueSettled(long amount, String redemptionTransaction) {
    if (amount != outstandingMinor()) {
      throw new IllegalArgumentException("The overdue payment settles the whole rest.");
    }
    this.overduePaidMinor += amount;
    this.overdueRedemptionTransactionId = redemptionTransaction;
    this.state = SETTLED;
  }
}
