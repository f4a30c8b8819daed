package org.cornerstone.financing.domain;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A part of a certificate as a holder writes it ("400000.00", "400,000.00") read into minor units
 * of the certificate's currency, exactly: no rounding, so a fraction of a minor unit, zero or a
 * negative amount is refused. Plain Java.
 */
public final class CertificateAmount {
  public static final String REQUIRED = "Enter the amount to transfer.";
  public static final String NOT_A_NUMBER = "The amount '%s' is not a number.";
  public static final String NOT_POSITIVE = "The amount must be more than zero.";
  public static final String FRACTION =
      "The amount %s has more than %d decimals: a certificate splits only into whole minor units"
          + " of %s.";

  private CertificateAmount() {}

  /**
   * @throws IllegalArgumentException with one of this class's messages
   */
  public static long parseMinor(String amount, String currency) {
    if (amount == null || amount.isBlank()) {
      throw new IllegalArgumentException(REQUIRED);
    }
    String plain = amount.strip().replace(",", "").replace("_", "");
    BigDecimal value;
    try {
      value = new BigDecimal(plain);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(String.format(NOT_A_NUMBER, amount.strip()));
    }
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(NOT_POSITIVE);
    }
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    BigDecimal minor = value.movePointRight(digits);
    try {
      return minor.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException e) {
      if (minor.stripTrailingZeros().scale() > 0) {
        throw new IllegalArgumentException(
            String.format(FRACTION, amount.strip(), digits, currency));
      }
      throw new IllegalArgumentException(String.format(NOT_A_NUMBER, amount.strip()));
    }
  }

  /**
   * Minor units written with the currency's decimals and no grouping, e.g. 40000000 → 400000.00.
   */
  public static String format(long minor, String currency) {
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    return BigDecimal.valueOf(minor, digits).toPlainString();
  }
}
