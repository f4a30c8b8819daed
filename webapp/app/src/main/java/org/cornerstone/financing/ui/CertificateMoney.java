package org.cornerstone.financing.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Minor units shown as "CNY 400,000.00": exact (BigDecimal), grouped, the currency's decimals. */
final class CertificateMoney {
  private CertificateMoney() {}

  static String format(long minor, String currency) {
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    DecimalFormat format =
        new DecimalFormat(
            digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
            DecimalFormatSymbols.getInstance(Locale.ROOT));
    return currency + " " + format.format(BigDecimal.valueOf(minor, digits));
  }
}
