package org.cornerstone.reports.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The trustee's performance report of one asset's instrument, as plain values: collections and
 * distributions per period (from the servicing context), holders, and the price history of its
 * trades. Money in whole minor units of {@code currency}.
 *
 * @param holderCount holders with tokens now
 * @param supply tokens outstanding now
 */
public record AssetPerformanceReport(
    Locale language,
    String instrumentId,
    String assetTitle,
    String currency,
    Instant generatedAt,
    long supply,
    int holderCount,
    List<PeriodLine> periods,
    List<PriceDay> prices,
    List<String> notes) {

  public AssetPerformanceReport {
    periods = List.copyOf(periods);
    prices = List.copyOf(prices);
    notes = List.copyOf(notes);
  }

  /** One collection period and its distribution. */
  public record PeriodLine(
      String period,
      String distributionId,
      long grossMinor,
      long costsMinor,
      long netMinor,
      long taxMinor,
      long remainderMinor,
      LocalDate recordDate,
      LocalDate paymentDate,
      int holderCount,
      String state) {}

  /** The trades of one day (UTC): prices per token in minor units, and the tokens traded. */
  public record PriceDay(
      LocalDate day, long openMinor, long highMinor, long lowMinor, long closeMinor, long volume) {}
}
