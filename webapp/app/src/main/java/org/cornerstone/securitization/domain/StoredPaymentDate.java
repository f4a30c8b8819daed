package org.cornerstone.securitization.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One payment date of a closed deal as stored: the servicer's report (the period's collections and
 * the delinquency buckets, amounts in whole minor units of the deal's currency), the waterfall's
 * result and the deal's state after it (JSON of {@code org.cornerstone.waterfall}), the trustee's
 * decision, the record date and the ledger transactions that paid the tranche holders.
 *
 * @param status {@code UNDER_REVIEW} (the waterfall ran, the trustee reviews it), {@code APPROVED}
 *     (record date fixed, holders being paid), {@code PAID} or {@code REJECTED} (the servicer may
 *     submit the period again)
 * @param juniorRestricted a trigger restricts transfers of the junior tranches after this period
 * @param paymentTransactions the ledger transactions of the payments, as {@code tranche: id}
 */
public record StoredPaymentDate(
    String id,
    String dealId,
    int period,
    LocalDate paymentDate,
    Collections collections,
    Delinquency delinquency,
    String status,
    String resultJson,
    String stateJson,
    boolean juniorRestricted,
    LocalDate recordDate,
    String reportedBy,
    Instant reportedAt,
    String approvedBy,
    String rejectedBy,
    String rejectionReason,
    List<String> paymentTransactions) {

  public static final String UNDER_REVIEW = "UNDER_REVIEW";
  public static final String APPROVED = "APPROVED";
  public static final String PAID = "PAID";
  public static final String REJECTED = "REJECTED";

  public StoredPaymentDate {
    paymentTransactions =
        paymentTransactions == null ? List.of() : List.copyOf(paymentTransactions);
  }

  /** The id of a deal's payment date: {@code <deal id>-P<period>}. */
  public static String idOf(String dealId, int period) {
    return dealId + "-P" + period;
  }

  /** The period's collections from the servicer report, in minor units. */
  public record Collections(long interest, long principal, long recoveries, long losses) {}

  /** A delinquency bucket: outstanding balance (minor units) and number of assets. */
  public record Bucket(long balance, int count) {}

  /** The pool's delinquency at the end of the period. */
  public record Delinquency(Bucket current, Bucket days30, Bucket days60, Bucket days90Plus) {}

  /** The waterfall ran: its result and the state after it wait for the trustee. */
  public StoredPaymentDate waterfallRun(String result, String state, boolean restricted) {
    return with(UNDER_REVIEW, result, state, restricted, recordDate, approvedBy, null, null, null);
  }

  /** The trustee approved; the record date is fixed. */
  public StoredPaymentDate approved(String trustee, LocalDate recordDate) {
    return with(
        APPROVED, resultJson, stateJson, juniorRestricted, recordDate, trustee, null, null, null);
  }

  /** The tranche holders' payments were made in these ledger transactions. */
  public StoredPaymentDate withPayments(List<String> transactions) {
    return with(
        status,
        resultJson,
        stateJson,
        juniorRestricted,
        recordDate,
        approvedBy,
        null,
        null,
        transactions);
  }

  /** Every tranche's holders were paid. */
  public StoredPaymentDate paid(List<String> transactions) {
    return with(
        PAID,
        resultJson,
        stateJson,
        juniorRestricted,
        recordDate,
        approvedBy,
        null,
        null,
        transactions);
  }

  /** The trustee rejected the waterfall with a reason. */
  public StoredPaymentDate rejected(String trustee, String reason) {
    return with(
        REJECTED, resultJson, stateJson, juniorRestricted, null, null, trustee, reason, null);
  }

  private StoredPaymentDate with(
      String status,
      String result,
      String state,
      boolean restricted,
      LocalDate recordDate,
      String approvedBy,
      String rejectedBy,
      String reason,
      List<String> transactions) {
    return new StoredPaymentDate(
        id,
        dealId,
        period,
        paymentDate,
        collections,
        delinquency,
        status,
        result,
        state,
        restricted,
        recordDate,
        reportedBy,
        reportedAt,
        approvedBy,
        rejectedBy,
        reason,
        transactions);
  }
}
