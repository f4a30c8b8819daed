package org.cornerstone.cordapp.cash;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Converts an amount of one currency into another at an agreed rate, in plain Java and exactly the
 * same way wherever it runs (the cash contract under a {@code PvP} command, the plan, the
 * application): {@code quote = base × rate}, where {@code rate} is the number of units of the quote
 * currency per one unit of the base currency (e.g. {@code 7.1234} CNY per USD), rounded to the
 * quote currency's minor unit (ISO 4217 default fraction digits) <b>half-even</b> (banker's
 * rounding). Amounts are whole minor units ({@code long}); no floating point anywhere.
 */
public final class FxConversion {

  /** The most decimals a rate may carry. */
  public static final int MAX_RATE_DECIMALS = 10;

  public static final String RATE_NOT_A_NUMBER =
      "The rate must be a plain decimal number such as 7.1234.";
  public static final String RATE_NOT_POSITIVE = "The rate must be greater than zero.";
  public static final String RATE_TOO_PRECISE = "The rate may have at most 10 decimals.";
  public static final String UNKNOWN_CURRENCY = "Not an ISO 4217 currency: ";
  public static final String AMOUNT_NOT_POSITIVE = "The amount to convert must be positive.";
  public static final String CONVERTS_TO_NOTHING =
      "At this rate the amount converts to less than one minor unit.";
  public static final String TOO_LARGE = "The converted amount does not fit a long.";

  private FxConversion() {}

  /**
   * The rate as text ({@code "7.1234"}) checked: a plain positive decimal (digits, at most one
   * point, no sign, no exponent) with at most {@link #MAX_RATE_DECIMALS} decimals.
   *
   * @throws IllegalArgumentException with one of this class's messages
   */
  public static BigDecimal rate(String text) {
    if (text == null || !text.matches("[0-9]{1,12}(\\.[0-9]+)?")) {
      throw new IllegalArgumentException(RATE_NOT_A_NUMBER);
    }
    BigDecimal rate = new BigDecimal(text);
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException(RATE_NOT_POSITIVE);
    }
    if (rate.scale() > MAX_RATE_DECIMALS) {
      throw new IllegalArgumentException(RATE_TOO_PRECISE);
    }
    return rate;
  }

  /**
   * {@code baseMinor} minor units of {@code baseCurrency} at {@code rate} (quote per base) in minor
   * units of {@code quoteCurrency}, rounded half-even to the quote's minor unit.
   *
   * @throws IllegalArgumentException when an input is invalid or the result is zero or too large
   */
  public static long convert(
      long baseMinor, String baseCurrency, String quoteCurrency, BigDecimal rate) {
    if (baseMinor <= 0) {
      throw new IllegalArgumentException(AMOUNT_NOT_POSITIVE);
    }
    if (rate == null || rate.signum() <= 0) {
      throw new IllegalArgumentException(RATE_NOT_POSITIVE);
    }
    BigDecimal base = BigDecimal.valueOf(baseMinor, digits(baseCurrency));
    BigDecimal quote = base.multiply(rate).setScale(digits(quoteCurrency), RoundingMode.HALF_EVEN);
    long quoteMinor;
    try {
      quoteMinor = quote.unscaledValue().longValueExact();
    } catch (ArithmeticException overflow) {
      throw new IllegalArgumentException(TOO_LARGE, overflow);
    }
    if (quoteMinor <= 0) {
      throw new IllegalArgumentException(CONVERTS_TO_NOTHING);
    }
    return quoteMinor;
  }

  /** The currency's minor-unit digits (2 for CNY, USD, HKD; 0 for JPY). */
  public static int digits(String currency) {
    try {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      if (digits < 0) {
        throw new IllegalArgumentException(UNKNOWN_CURRENCY + currency);
      }
      return digits;
    } catch (IllegalArgumentException | NullPointerException unknown) {
      throw new IllegalArgumentException(UNKNOWN_CURRENCY + currency, unknown);
    }
  }
}
