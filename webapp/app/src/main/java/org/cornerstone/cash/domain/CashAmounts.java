package org.cornerstone.cash.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.cornerstone.shared.ValidationException;

/**
 * Amounts of cash as people type them ({@code "1250.50"}) and as the ledger keeps them (whole minor
 * units, {@code 125050}). Parsing is strict: plain digits with an optional decimal point, no sign,
 * no exponent, no thousands separators, at most as many decimals as the currency has.
 */
public final class CashAmounts {
  /** The currencies the settlement bank takes deposits in. */
  public static final Set<String> CURRENCIES = Set.of("CNY", "USD", "HKD");

  /** Larger amounts are refused as implausible: one trillion units of the currency. */
  public static final BigDecimal MAX = new BigDecimal("1000000000000");

  public static final String MISSING = "Enter an amount.";
  public static final String NOT_A_NUMBER =
      "The amount must be a number such as 1250 or 1250.50 (digits and one decimal point).";
  public static final String NEGATIVE = "The amount must not be negative.";
  public static final String ZERO = "The amount must be greater than zero.";
  public static final String TOO_LARGE =
      "The amount is implausibly large (at most 1,000,000,000,000).";

  /** Arguments: currency, its number of decimals. */
  public static final String TOO_MANY_DECIMALS = "%s amounts have at most %d decimals.";

  /** Arguments: the currency given. */
  public static final String UNKNOWN_CURRENCY =
      "Currency '%s' is not offered: choose CNY, USD or HKD.";

  private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");

  private CashAmounts() {}

  /** The problems of a currency code, empty when it is one of {@link #CURRENCIES}. */
  public static List<String> currencyProblems(String currency) {
    if (currency == null || !CURRENCIES.contains(currency)) {
      return List.of(String.format(UNKNOWN_CURRENCY, currency == null ? "" : currency));
    }
    return List.of();
  }

  /**
   * Parses {@code text} as an amount of {@code currency} (one of {@link #CURRENCIES}) into minor
   * units.
   *
   * @throws ValidationException with a sentence for the user when the text is not such an amount
   */
  public static long parse(String text, String currency) {
    List<String> problems = new ArrayList<>(currencyProblems(currency));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems.get(0));
    }
    if (text == null || text.isBlank()) {
      throw new ValidationException(MISSING);
    }
    String trimmed = text.strip();
    if (trimmed.startsWith("-") && PLAIN.matcher(trimmed.substring(1)).matches()) {
      throw new ValidationException(NEGATIVE);
    }
    if (!PLAIN.matcher(trimmed).matches()) {
      throw new ValidationException(NOT_A_NUMBER);
    }
    BigDecimal amount = new BigDecimal(trimmed);
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    if (amount.signum() == 0) {
      throw new ValidationException(ZERO);
    }
    if (amount.compareTo(MAX) > 0) {
      throw new ValidationException(TOO_LARGE);
    }
    if (amount.stripTrailingZeros().scale() > digits) {
      throw new ValidationException(String.format(TOO_MANY_DECIMALS, currency, digits));
    }
    return amount.movePointRight(digits).longValueExact();
  }

  /** Minor units as a plain decimal with the currency's decimals: {@code 125050 → "1,250.50"}. */
  public static String format(long minorUnits, String currency) {
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    DecimalFormat format =
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(BigDecimal.valueOf(minorUnits, digits));
  }
}
