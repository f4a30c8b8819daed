package org.cornerstone.servicing.application;

import java.time.LocalDate;

/**
 * One distribution of an instrument, as the asset performance report shows it. Amounts are whole
 * minor units of {@code currency}.
 *
 * @param period the collection period as the servicer named it, e.g. {@code 2026-11}
 * @param remainderMinor what the rounding policy left over (see the servicing README)
 * @param state e.g. {@code REPORTED}, {@code APPROVED}, {@code PAID}, {@code REJECTED}
 */
public record DistributionSummary(
    String distributionId,
    String instrumentId,
    String period,
    String currency,
    long grossMinor,
    long costsMinor,
    long netMinor,
    long taxMinor,
    long remainderMinor,
    LocalDate recordDate,
    LocalDate paymentDate,
    int holderCount,
    String state) {}
