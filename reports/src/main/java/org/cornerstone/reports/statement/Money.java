package org.cornerstone.reports.statement;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Minor units as text: {@code 1234567} CNY is {@code 12,345.67} (grouped) or {@code 12345.67}. */
public final class Money {
  private Money() {}

  /** The currency's decimals (2 for CNY, USD, HKD; 0 for JPY). */
  public static int digits(String currency) {
    return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
  }

  /** Exact decimal of the minor units. */
  public static BigDecimal decimal(long minor, String currency) {
    return BigDecimal.valueOf(minor, digits(currency));
  }

  /** For CSV: plain decimal, no grouping ({@code -12345.67}). */
  public static String plain(long minor, String currency) {
    return decimal(minor, currency).toPlainString();
  }

  /** For people: grouped by thousands ({@code 12,345.67}). */
  public static String grouped(long minor, String currency) {
    return grouped(decimal(minor, currency));
  }

  /** A decimal grouped by thousands, its scale kept. */
  public static String grouped(BigDecimal amount) {
    DecimalFormat format =
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setMinimumFractionDigits(Math.max(0, amount.scale()));
    format.setMaximumFractionDigits(Math.max(0, amount.scale()));
    format.setParseBigDecimal(true);
    return format.format(amount);
  }
}
