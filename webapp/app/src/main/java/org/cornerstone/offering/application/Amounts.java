package org.cornerstone.offering.application;

import java.math.BigDecimal;
import java.util.Currency;

/** Minor units as decimal text in their currency: {@code 2_500_00} CNY is {@code 2500.00}. */
final class Amounts {
  private Amounts() {}

  static String text(long minorUnits, Currency currency) {
    return BigDecimal.valueOf(minorUnits, Math.max(0, currency.getDefaultFractionDigits()))
        .toPlainString();
  }

  static String text(Long minorUnits, Currency currency) {
    return minorUnits == null ? null : text(minorUnits.longValue(), currency);
  }
}
