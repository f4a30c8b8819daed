package org.cornerstone.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * The one reader of amounts and quantities typed by people or sent over the API: every form and
 * endpoint that takes money or a token count goes through here, so both follow the same rules.
 *
 * <p>Accepted: plain decimal digits with a {@code .} before the decimals ({@code 1234.56}), and
 * thousands grouped by commas in the integer part only, in groups of exactly three ({@code
 * 1,234.56}, {@code 12,500,000}). Refused, each with its own sentence: anything else (exponents
 * such as {@code 1e3} or {@code 1e309}, {@code NaN}, {@code Infinity}, signs, spaces inside,
 * misplaced commas such as {@code 1,2,3}, full-width or other non-ASCII digits), zero and negative
 * amounts, more decimals than the currency has, and more than the database columns hold ({@link
 * Money#MAX_AMOUNT}).
 */
public final class Amounts {
  /** No amount the platform records is written with more characters than this. */
  static final int MAX_LENGTH = 40;

  private static final Pattern PLAIN = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
  private static final Pattern WHOLE_PLAIN = Pattern.compile("[0-9]+");
  private static final Pattern WHOLE_GROUPED = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+");

  /** What is wrong with an amount; each has a sentence for people. */
  public enum Problem {
    MISSING("Enter an amount."),
    NOT_A_NUMBER(
        "must be a number such as 12500000.00 or 12,500,000.00 (digits, commas between groups of"
            + " three, a point before the decimals)."),
    NOT_WHOLE("must be a whole number such as 1000000 or 1,000,000."),
    NOT_POSITIVE(Money.NOT_POSITIVE),
    TOO_MANY_DECIMALS(Money.TOO_MANY_DECIMALS),
    TOO_LARGE(Money.TOO_LARGE);

    private final String sentence;

    Problem(String sentence) {
      this.sentence = sentence;
    }

    public String sentence() {
      return sentence;
    }
  }

  /** The text is not an amount the platform accepts; {@link #problem()} says why. */
  public static final class AmountException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final Problem problem;

    AmountException(Problem problem) {
      this(problem, problem.sentence());
    }

    AmountException(Problem problem, String message) {
      super(message);
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }

  private Amounts() {}

  /**
   * A positive amount with at most {@code maxDecimals} decimals (trailing zeros do not count) and
   * at most {@link Money#MAX_AMOUNT}.
   */
  public static BigDecimal positive(String text, int maxDecimals) {
    BigDecimal value = decimal(text);
    if (value.signum() <= 0) {
      throw new AmountException(Problem.NOT_POSITIVE);
    }
    if (value.compareTo(Money.MAX_AMOUNT) > 0) {
      throw new AmountException(Problem.TOO_LARGE);
    }
    if (value.stripTrailingZeros().scale() > Math.max(0, maxDecimals)) {
      throw new AmountException(Problem.TOO_MANY_DECIMALS);
    }
    return value;
  }

  /** Arguments: the currency code, its number of decimals. */
  public static final String CURRENCY_DECIMALS = "%s amounts have at most %d decimals.";

  /**
   * A positive amount of money in this currency (its minor units decide the decimals; too many
   * decimals are refused naming the currency: {@code CNY amounts have at most 2 decimals.}).
   */
  public static Money money(String text, Currency currency) {
    int decimals = Math.max(0, currency.getDefaultFractionDigits());
    try {
      return new Money(positive(text, decimals), currency);
    } catch (AmountException e) {
      if (e.problem() == Problem.TOO_MANY_DECIMALS) {
        throw new AmountException(
            Problem.TOO_MANY_DECIMALS,
            String.format(CURRENCY_DECIMALS, currency.getCurrencyCode(), decimals));
      }
      throw e;
    }
  }

  /**
   * The sentence for people about a refused amount of {@code subject} ("The amount", "Price per
   * token"): the problems that are fragments ("must be a number …") get the subject in front, the
   * others are whole sentences already.
   */
  public static String sentence(String subject, AmountException e) {
    return switch (e.problem()) {
      case NOT_A_NUMBER, NOT_WHOLE -> subject + " " + e.getMessage();
      default -> e.getMessage();
    };
  }

  /** A positive amount in the currency's minor units (fen, cents): {@code 12.34} CNY → 1234. */
  public static long minorUnits(String text, Currency currency) {
    return money(text, currency).minorUnits();
  }

  /** A whole, positive quantity (a token count) of at most {@code max}. */
  public static long wholeNumber(String text, long max) {
    String digits = normalised(text);
    if (negative(digits)) {
      wholeNumber(digits.substring(1), Long.MAX_VALUE);
      throw new AmountException(Problem.NOT_POSITIVE);
    }
    if (!WHOLE_PLAIN.matcher(digits).matches() && !WHOLE_GROUPED.matcher(digits).matches()) {
      throw new AmountException(
          PLAIN.matcher(digits).matches() || GROUPED.matcher(digits).matches()
              ? Problem.NOT_WHOLE
              : Problem.NOT_A_NUMBER);
    }
    BigDecimal value = new BigDecimal(digits.replace(",", ""));
    if (value.signum() <= 0) {
      throw new AmountException(Problem.NOT_POSITIVE);
    }
    if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new AmountException(Problem.TOO_LARGE);
    }
    return value.longValueExact();
  }

  /**
   * A whole number in the accepted notation (digits, commas only between groups of three, a leading
   * minus), whatever its sign: for quantities whose range the caller checks with its own words (a
   * zero quantity, a minimum holding). {@link Problem#NOT_WHOLE} for {@code 1.5}, {@link
   * Problem#NOT_A_NUMBER} for anything else that is not such a number (and {@link
   * Problem#TOO_LARGE} beyond a {@code long}).
   */
  public static long integer(String text) {
    String digits = normalised(text);
    boolean negative = negative(digits);
    String unsigned = negative ? digits.substring(1) : digits;
    if (!WHOLE_PLAIN.matcher(unsigned).matches() && !WHOLE_GROUPED.matcher(unsigned).matches()) {
      throw new AmountException(
          PLAIN.matcher(unsigned).matches() || GROUPED.matcher(unsigned).matches()
              ? Problem.NOT_WHOLE
              : Problem.NOT_A_NUMBER);
    }
    BigDecimal value = new BigDecimal(unsigned.replace(",", ""));
    if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new AmountException(Problem.TOO_LARGE);
    }
    return negative ? -value.longValueExact() : value.longValueExact();
  }

  /** Any amount in the accepted notation, zero and negative included (a leading minus). */
  private static BigDecimal decimal(String text) {
    String digits = normalised(text);
    boolean negative = negative(digits);
    String unsigned = negative ? digits.substring(1) : digits;
    if (!PLAIN.matcher(unsigned).matches() && !GROUPED.matcher(unsigned).matches()) {
      throw new AmountException(Problem.NOT_A_NUMBER);
    }
    BigDecimal value = new BigDecimal(unsigned.replace(",", ""));
    return negative ? value.negate() : value;
  }

  private static String normalised(String text) {
    if (text == null || text.isBlank()) {
      throw new AmountException(Problem.MISSING);
    }
    String stripped = text.strip();
    if (stripped.length() > MAX_LENGTH) {
      throw new AmountException(Problem.NOT_A_NUMBER);
    }
    return stripped;
  }

  private static boolean negative(String digits) {
    return digits.length() > 1 && digits.charAt(0) == '-';
  }
}
