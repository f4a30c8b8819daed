package org.cornerstone.ledgergateway;

import java.util.Currency;
import java.util.Objects;

/** An amount of money as the ledger keeps it: whole minor units (fen, cents) of a currency. */
public record MoneyAmount(long minorUnits, Currency currency) {
  public MoneyAmount {
    Objects.requireNonNull(currency, "currency");
    if (minorUnits < 0) {
      throw new IllegalArgumentException("An amount of money must not be negative");
    }
  }

  /** {@code minorUnits} of the currency with ISO 4217 code {@code currencyCode}. */
  public static MoneyAmount of(long minorUnits, String currencyCode) {
    return new MoneyAmount(minorUnits, Currency.getInstance(currencyCode));
  }

  /** The ISO 4217 code, e.g. {@code CNY}. */
  public String currencyCode() {
    return currency.getCurrencyCode();
  }
}
