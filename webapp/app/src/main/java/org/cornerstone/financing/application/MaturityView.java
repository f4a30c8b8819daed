package org.cornerstone.financing.application;

import java.time.Instant;
import java.util.List;

/**
 * A certificate's maturity: what was due in total, the obligor's cash when it was allocated, the
 * state ({@code PAYING}, {@code PAID}, {@code OVERDUE}, {@code SETTLED}) and one line per holder.
 * Amounts in minor units.
 */
public record MaturityView(
    String certificateId,
    String currency,
    String state,
    long dueMinor,
    long cashAvailableMinor,
    long paidMinor,
    long overdueMinor,
    Instant allocatedAt,
    List<Line> holders) {

  /**
   * @param paidMinor paid at maturity (its pro-rata share in a shortfall)
   * @param overduePaidMinor paid later on the overdue rest
   * @param outstandingMinor still owed
   */
  public record Line(
      String holderOrganisation,
      String holderName,
      long dueMinor,
      long paidMinor,
      long overduePaidMinor,
      long outstandingMinor,
      String state,
      String paymentTransactionId,
      String redemptionTransactionId) {}
}
