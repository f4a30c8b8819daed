package org.cornerstone.cash.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cornerstone.shared.Amounts;
import org.cornerstone.shared.ValidationException;

/**
 * Amounts of cash as people type them ({@code "1,250.50"}) and as the ledger keeps them (whole
 * minor units, {@code 125050}); the parsing itself is {@link Amounts}, the platform's one parser.
 */
public final class CashAmounts {
  /** The currencies the settlement bank takes deposits in. */
  public static final Set<String> CURRENCIES = Set.of("CNY", "USD", "HKD");

  /** Arguments: the currency given. */
  public static final String UNKNOWN_CURRENCY =
      "Currency '%s' is not offered: choose CNY, USD or HKD.";

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
   * units, by the platform's one amount parser ({@link Amounts}: the same rules as every other form
   * and the API — grouping commas only between groups of three, no exponent, at most the currency's
   * decimals).
   *
   * @throws ValidationException with a sentence for the user when the text is not such an amount
   */
  public static long parse(String text, String currency) {
    List<String> problems = currencyProblems(currency);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems.get(0));
    }
    try {
      return Amounts.minorUnits(text, Currency.getInstance(currency));
    } catch (Amounts.AmountException e) {
      throw new ValidationException(Amounts.sentence("The amount", e));
    }
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
