package org.cornerstone.waterfall;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts are {@code long} minor units of the deal currency (cents for CNY/USD/HKD). This class
 * converts them to and from decimal text; it never rounds: every rounding in the engine is done
 * where the amount is computed, HALF_EVEN to the minor unit.
 */
public final class Money {

  /** The largest amount accepted anywhere: 10^15 minor units (10 trillion CNY). */
  public static final long MAX_MINOR = 1_000_000_000_000_000L;

  private Money() {}

  /** Plain decimal text, e.g. {@code 1234.50} for 123450 with 2 minor digits. */
  public static String plain(long minor, int digits) {
    return BigDecimal.valueOf(minor, digits).toPlainString();
  }

  /** Text with thousands separators for the step log, e.g. {@code 1,234.50}. */
  public static String format(long minor, int digits) {
    StringBuilder pattern = new StringBuilder("#,##0");
    if (digits > 0) {
      pattern.append('.').append("0".repeat(digits));
    }
    DecimalFormat format =
        new DecimalFormat(pattern.toString(), new DecimalFormatSymbols(Locale.ROOT));
    return format.format(BigDecimal.valueOf(minor, digits));
  }

  /** {@code amount × numerator / denominator}, rounded HALF_EVEN to the minor unit. */
  public static long mulDiv(long amount, BigDecimal numerator, long denominator) {
    return BigDecimal.valueOf(amount)
        .multiply(numerator)
        .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }
}
