package org.cornerstone.workflows.copyright;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Royalties received per calendar month: at least {@value #MINIMUM_MONTHS} consecutive months, none
 * negative. Parse one from CSV with {@link RoyaltyHistoryCsv}.
 */
public record RoyaltyHistory(SortedMap<YearMonth, BigDecimal> monthlyRoyalties) {

  public static final int MINIMUM_MONTHS = 12;

  public static final String TOO_FEW_MONTHS =
      "A royalty history needs at least " + MINIMUM_MONTHS + " months but has ";

  public static final String NEGATIVE_AMOUNT = "Royalties cannot be negative: ";

  public static final String MISSING_MONTH =
      "Months must be consecutive (enter 0 for a month without royalties); missing ";

  public RoyaltyHistory {
    Objects.requireNonNull(monthlyRoyalties, "monthlyRoyalties");
    if (monthlyRoyalties.size() < MINIMUM_MONTHS) {
      throw new IllegalArgumentException(TOO_FEW_MONTHS + monthlyRoyalties.size());
    }
    YearMonth expected = null;
    for (Map.Entry<YearMonth, BigDecimal> month : monthlyRoyalties.entrySet()) {
      Objects.requireNonNull(month.getKey(), "month");
      Objects.requireNonNull(month.getValue(), "amount of " + month.getKey());
      if (month.getValue().signum() < 0) {
        throw new IllegalArgumentException(
            NEGATIVE_AMOUNT + month.getKey() + " " + month.getValue().toPlainString());
      }
      if (expected != null && !expected.equals(month.getKey())) {
        throw new IllegalArgumentException(MISSING_MONTH + expected);
      }
      expected = month.getKey().plusMonths(1);
    }
    monthlyRoyalties = Collections.unmodifiableSortedMap(new TreeMap<>(monthlyRoyalties));
  }

  public YearMonth firstMonth() {
    return monthlyRoyalties.firstKey();
  }

  public YearMonth lastMonth() {
    return monthlyRoyalties.lastKey();
  }

  public int months() {
    return monthlyRoyalties.size();
  }
}
