package org.cornerstone.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount in one currency, never a double. Scale is limited to the currency's minor units. */
public record Money(BigDecimal amount, Currency currency) {
  /** Larger amounts are rejected as implausible (one quadrillion). */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

  public static final String NOT_POSITIVE = "The amount must be greater than zero.";
  public static final String TOO_LARGE =
      "The amount is implausibly large (at most 1,000,000,000,000,000).";
  public static final String TOO_MANY_DECIMALS =
      "The amount has more decimals than the currency allows.";

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException(NOT_POSITIVE);
    }
    if (amount.compareTo(MAX_AMOUNT) > 0) {
      throw new IllegalArgumentException(TOO_LARGE);
    }
    if (amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
      throw new IllegalArgumentException(TOO_MANY_DECIMALS);
    }
    amount = amount.setScale(Math.max(0, currency.getDefaultFractionDigits()));
  }

  /** The amount in the currency's minor units (e.g. fen, cents). */
  public long minorUnits() {
    return amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact();
  }

  /** For people: {@code CNY 12,500,000.00}. */
  public String display() {
    java.text.DecimalFormat format =
        new java.text.DecimalFormat(
            "#,##0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
    format.setMinimumFractionDigits(amount.scale());
    format.setMaximumFractionDigits(amount.scale());
    return currency.getCurrencyCode() + " " + format.format(amount);
  }

  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
