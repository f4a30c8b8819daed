package org.cornerstone.securitization.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment date as screens and the API see it: amounts as decimal strings in the deal's currency.
 *
 * @param tranches per tranche: balances, interest and principal paid, losses (write-down) and what
 *     its holders receive
 * @param triggers the trigger table: value against threshold, breached
 * @param stepLog the waterfall's steps in order
 */
public record PaymentDateView(
    String id,
    String dealId,
    String dealName,
    String currency,
    int period,
    LocalDate paymentDate,
    String status,
    String interest,
    String principal,
    String recoveries,
    String losses,
    List<BucketView> delinquency,
    String poolBalanceStart,
    String poolBalanceEnd,
    String poolFactor,
    boolean juniorTransfersRestricted,
    LocalDate recordDate,
    String reportedBy,
    Instant reportedAt,
    String approvedBy,
    String rejectedBy,
    String rejectionReason,
    List<TrancheView> tranches,
    List<TriggerView> triggers,
    List<String> stepLog,
    List<String> paymentTransactions) {

  /** A delinquency bucket: CURRENT, DAYS_30, DAYS_60 or DAYS_90_PLUS. */
  public record BucketView(String bucket, String balance, int count) {}

  /** A tranche on this payment date. */
  public record TrancheView(
      String tranche,
      String trancheClass,
      String balanceStart,
      String interestDue,
      String interestPaid,
      String interestShortfall,
      String principalPaid,
      String writeDown,
      String balanceEnd,
      String toHolders) {}

  /** A trigger's test on this payment date; value null when the test does not apply. */
  public record TriggerView(
      String name, String test, String value, String threshold, boolean breached, String effect) {}
}
