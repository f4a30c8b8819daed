package org.cornerstone.servicing.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A distribution as stored: the servicer's collection report and where the distribution stands.
 * Amounts in whole minor units of {@code currency}.
 *
 * @param payer the ledger identity that pays the holders (the issuer's organisation)
 * @param state {@code REPORTED}, {@code APPROVED}, {@code ENTITLED} (entitlements computed), {@code
 *     PAID} or {@code REJECTED}
 * @param supply the tokens outstanding at the record date, once computed
 */
public record StoredDistribution(
    String id,
    String instrumentId,
    String instrumentName,
    String period,
    String currency,
    long grossMinor,
    long costsMinor,
    long netMinor,
    long taxMinor,
    long remainderMinor,
    Long supply,
    LocalDate recordDate,
    LocalDate paymentDate,
    String payer,
    String state,
    String reportedBy,
    Instant reportedAt,
    String firstApprover,
    String secondApprover,
    boolean needsSecond,
    String rejectedBy,
    String rejectionReason,
    Evidence evidence,
    String fundingTransaction) {

  /** The rent roll or royalty statement the servicer uploaded. */
  public record Evidence(String fileName, String mediaType, String sha256, byte[] content) {}

  public static final String REPORTED = "REPORTED";
  public static final String APPROVED = "APPROVED";
  public static final String ENTITLED = "ENTITLED";
  public static final String PAID = "PAID";
  public static final String REJECTED = "REJECTED";

  /** The first trustee approved. */
  public StoredDistribution firstApproval(String trustee, boolean needsSecondApproval) {
    return new StoredDistribution(
        id,
        instrumentId,
        instrumentName,
        period,
        currency,
        grossMinor,
        costsMinor,
        netMinor,
        taxMinor,
        remainderMinor,
        supply,
        recordDate,
        paymentDate,
        payer,
        state,
        reportedBy,
        reportedAt,
        trustee,
        secondApprover,
        needsSecondApproval,
        rejectedBy,
        rejectionReason,
        evidence,
        fundingTransaction);
  }

  /** The senior trustee approved too. */
  public StoredDistribution secondApproval(String seniorTrustee) {
    return new StoredDistribution(
        id,
        instrumentId,
        instrumentName,
        period,
        currency,
        grossMinor,
        costsMinor,
        netMinor,
        taxMinor,
        remainderMinor,
        supply,
        recordDate,
        paymentDate,
        payer,
        state,
        reportedBy,
        reportedAt,
        firstApprover,
        seniorTrustee,
        needsSecond,
        rejectedBy,
        rejectionReason,
        evidence,
        fundingTransaction);
  }

  /** The same distribution in another state. */
  public StoredDistribution inState(String next) {
    return new StoredDistribution(
        id,
        instrumentId,
        instrumentName,
        period,
        currency,
        grossMinor,
        costsMinor,
        netMinor,
        taxMinor,
        remainderMinor,
        supply,
        recordDate,
        paymentDate,
        payer,
        next,
        reportedBy,
        reportedAt,
        firstApprover,
        secondApprover,
        needsSecond,
        rejectedBy,
        rejectionReason,
        evidence,
        fundingTransaction);
  }

  /** Entitlements computed. */
  public StoredDistribution entitled(long tax, long remainder, long outstanding) {
    return new StoredDistribution(
        id,
        instrumentId,
        instrumentName,
        period,
        currency,
        grossMinor,
        costsMinor,
        netMinor,
        tax,
        remainder,
        outstanding,
        recordDate,
        paymentDate,
        payer,
        ENTITLED,
        reportedBy,
        reportedAt,
        firstApprover,
        secondApprover,
        needsSecond,
        rejectedBy,
        rejectionReason,
        evidence,
        fundingTransaction);
  }

  /** The payer's cash was issued for the net amount. */
  public StoredDistribution funded(String transactionId) {
    return new StoredDistribution(
        id,
        instrumentId,
        instrumentName,
        period,
        currency,
        grossMinor,
        costsMinor,
        netMinor,
        taxMinor,
        remainderMinor,
        supply,
        recordDate,
        paymentDate,
        payer,
        state,
        reportedBy,
        reportedAt,
        firstApprover,
        secondApprover,
        needsSecond,
        rejectedBy,
        rejectionReason,
        evidence,
        transactionId);
  }

  /** The trustees rejected the report. */
  public StoredDistribution rejected(String by, String reason) {
    return new StoredDistribution(
        id,
        instrumentId,
        instrumentName,
        period,
        currency,
        grossMinor,
        costsMinor,
        netMinor,
        taxMinor,
        remainderMinor,
        supply,
        recordDate,
        paymentDate,
        payer,
        REJECTED,
        reportedBy,
        reportedAt,
        firstApprover,
        secondApprover,
        needsSecond,
        by,
        reason,
        evidence,
        fundingTransaction);
  }
}
