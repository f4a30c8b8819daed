package org.cornerstone.trading.ui;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads what a person typed into the order ticket: a price as plain decimal text, a quantity as a
 * whole number. Anything else is refused before the market is asked (the market checks tick, lot
 * and band itself).
 */
final class TicketInput {
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,8})?");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,15}");

  private TicketInput() {}

  /** A positive price as plain decimal text ({@code 25.10}), or null when it is not one. */
  static String decimal(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim().replace(",", "");
    if (!DECIMAL.matcher(t).matches() || new BigDecimal(t).signum() <= 0) {
      return null;
    }
    return t;
  }

  /** A whole number of tokens ({@code 1,000} allowed), or null when it is not one. */
  static Long wholeNumber(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim().replace(",", "");
    return WHOLE.matcher(t).matches() ? Long.valueOf(t) : null;
  }
}
