package org.cornerstone.financing.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.cornerstone.financing.domain.InvoiceFingerprint;
import org.cornerstone.shared.Amounts;
import org.cornerstone.shared.Money;

/**
 * An invoice's terms read from what the supplier typed, every problem as a sentence (no database,
 * no container: {@link #read} is a pure function). The amount goes through {@link Amounts#money}:
 * positive, at most the currency's decimals (CNY, USD: 2; JPY: 0), at most {@link
 * Money#MAX_AMOUNT}; it becomes minor units exactly ({@code BigDecimal.movePointRight}, no
 * rounding: an amount with more decimals is refused, never rounded).
 */
public record ReceivableTerms(
    String debtorOrganisation,
    String invoiceNumber,
    String canonicalNumber,
    long amountMinor,
    String currency,
    LocalDate issueDate,
    LocalDate dueDate,
    String fingerprint) {

  public static final String REQUIRED = "%s is required.";
  public static final String UNKNOWN_DEBTOR =
      "The debtor must be a core enterprise on the platform; '%s' is not one.";
  public static final String OWN_INVOICE = "A supplier cannot submit an invoice on itself.";
  public static final String NUMBER_TOO_LONG = "The invoice number is longer than 100 characters.";
  public static final String NUMBER_WITHOUT_DIGITS =
      "The invoice number needs letters or digits (e.g. INV-2026/0042).";
  public static final String UNKNOWN_CURRENCY =
      "Unknown currency '%s': use an ISO code such as CNY.";
  public static final String NOT_A_DATE = "%s must be a date such as 2026-12-31.";
  public static final String ISSUE_IN_FUTURE = "The issue date cannot be after today (%s).";
  public static final String DUE_NOT_AFTER_ISSUE = "The due date must be after the issue date.";
  public static final String DUE_NOT_AFTER_TODAY =
      "The due date must be after today (%s): an invoice already due cannot be financed.";
  public static final String DUE_TOO_FAR = "The due date must be within 5 years of the issue date.";

  /**
   * The terms, or null with {@code problems} filled.
   *
   * @param coreEnterprises the ids of the platform's core enterprises
   * @param supplierOrganisation the submitter's organisation (not a debtor of its own)
   */
  public static ReceivableTerms read(
      SubmitReceivable form,
      Set<String> coreEnterprises,
      String supplierOrganisation,
      LocalDate today,
      List<String> problems) {
    int before = problems.size();
    String debtor = strip(form.debtorOrganisation());
    if (debtor == null) {
      problems.add(String.format(REQUIRED, "The debtor"));
    } else if (!coreEnterprises.contains(debtor)) {
      problems.add(String.format(UNKNOWN_DEBTOR, debtor));
    } else if (debtor.equals(supplierOrganisation)) {
      problems.add(OWN_INVOICE);
    }
    String number = strip(form.invoiceNumber());
    String canonical = null;
    if (number == null) {
      problems.add(String.format(REQUIRED, "The invoice number"));
    } else if (number.length() > 100) {
      problems.add(NUMBER_TOO_LONG);
    } else {
      try {
        canonical = InvoiceFingerprint.canonicalNumber(number);
      } catch (IllegalArgumentException e) {
        problems.add(NUMBER_WITHOUT_DIGITS);
      }
    }
    Currency currency = null;
    String code = strip(form.currency());
    if (code == null) {
      problems.add(String.format(REQUIRED, "The currency"));
    } else {
      try {
        currency = Currency.getInstance(code.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(String.format(UNKNOWN_CURRENCY, code));
      }
    }
    long minor = 0;
    if (strip(form.amount()) == null) {
      problems.add(String.format(REQUIRED, "The amount"));
    } else if (currency != null) {
      try {
        minor = Amounts.money(form.amount().strip(), currency).minorUnits();
      } catch (Amounts.AmountException e) {
        problems.add(Amounts.sentence("The amount", e));
      }
    }
    LocalDate issue = date(form.issueDate(), "The issue date", problems);
    LocalDate due = date(form.dueDate(), "The due date", problems);
    if (issue != null && issue.isAfter(today)) {
      problems.add(String.format(ISSUE_IN_FUTURE, today));
    }
    if (due != null && !due.isAfter(today)) {
      problems.add(String.format(DUE_NOT_AFTER_TODAY, today));
    }
    if (issue != null && due != null) {
      if (!due.isAfter(issue)) {
        problems.add(DUE_NOT_AFTER_ISSUE);
      } else if (due.isAfter(issue.plusYears(5))) {
        problems.add(DUE_TOO_FAR);
      }
    }
    if (problems.size() > before) {
      return null;
    }
    String fingerprint =
        InvoiceFingerprint.of(debtor, number, currency.getCurrencyCode(), minor, issue);
    return new ReceivableTerms(
        debtor, number, canonical, minor, currency.getCurrencyCode(), issue, due, fingerprint);
  }

  /**
   * Minor units as text with the currency's decimals: {@code 100000000 CNY} → {@code 1000000.00}.
   */
  public static String format(long minor, String currency) {
    int decimals = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return BigDecimal.valueOf(minor).movePointLeft(decimals).setScale(decimals).toPlainString();
  }

  private static LocalDate date(String text, String field, List<String> problems) {
    String value = strip(text);
    if (value == null) {
      problems.add(String.format(REQUIRED, field));
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(String.format(NOT_A_DATE, field));
      return null;
    }
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
