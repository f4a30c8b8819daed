package org.cornerstone.financing.ui;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.ServiceMessages;

/** Amounts in the financing screens: minor units shown and read in the currency's decimals. */
final class FinancingFormats {
  private static final Pattern AMOUNT =
      Pattern.compile("\\d{1,3}(,\\d{3})*(\\.\\d+)?|\\d+(\\.\\d+)?");

  private FinancingFormats() {}

  static int digits(String currency) {
    return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
  }

  /** {@code 39653035, CNY} → {@code 396,530.35}. */
  static String money(Long minor, String currency) {
    if (minor == null) {
      return "";
    }
    return String.format(
        Locale.ROOT, "%,." + digits(currency) + "f", BigDecimal.valueOf(minor, digits(currency)));
  }

  /** A discount's quote columns (rate, proceeds, expiry, status), the same on every screen. */
  static void quoteColumns(
      com.vaadin.flow.component.grid.Grid<org.cornerstone.financing.application.DiscountView> grid,
      com.vaadin.flow.component.Component view) {
    grid.addColumn(d -> percent(d.annualRate()))
        .setHeader(view.getTranslation("financing.col.rate"))
        .setAutoWidth(true);
    grid.addColumn(
            d ->
                money(
                    d.proceedsMinor() != null ? d.proceedsMinor() : d.quotedProceedsMinor(),
                    d.currency()))
        .setHeader(view.getTranslation("financing.col.proceeds"))
        .setAutoWidth(true);
    grid.addColumn(
            d -> d.expiresAt() == null ? "" : org.cornerstone.ui.base.Formats.time(d.expiresAt()))
        .setHeader(view.getTranslation("financing.col.expires"))
        .setAutoWidth(true);
    grid.addComponentColumn(
            d ->
                org.cornerstone.ui.base.Formats.statusBadge(
                    d.status(), view.getTranslation("financing.status." + d.status())))
        .setHeader(view.getTranslation("financing.col.status"))
        .setAutoWidth(true);
  }

  /** {@code 0.0350} → {@code 3.50%}. */
  static String percent(BigDecimal rate) {
    if (rate == null) {
      return "";
    }
    BigDecimal p = rate.movePointRight(2).stripTrailingZeros();
    return (p.scale() < 2 ? p.setScale(2) : p).toPlainString() + "%";
  }

  /**
   * An amount typed by a person (e.g. {@code 400,000.00}) in minor units of {@code currency}; zero
   * allowed.
   *
   * @throws ValidationException not an amount, or more decimals than the currency has
   */
  static long minor(String text, String currency) {
    String t = text == null ? "" : text.strip();
    if (!AMOUNT.matcher(t).matches()) {
      throw new ValidationException("Write the amount as digits, e.g. 400,000.00.");
    }
    BigDecimal value = new BigDecimal(t.replace(",", ""));
    if (value.stripTrailingZeros().scale() > digits(currency)) {
      throw new ValidationException(
          String.format("%s amounts have at most %d decimals.", currency, digits(currency)));
    }
    try {
      return value.movePointRight(digits(currency)).longValueExact();
    } catch (ArithmeticException e) {
      throw new ValidationException("The amount is too large.");
    }
  }

  /** Runs a service call; its refusal is shown (in the user's language when known). */
  static boolean attempt(Runnable call) {
    try {
      call.run();
      return true;
    } catch (ValidationException e) {
      Notifications.errors(ServiceMessages.localize(e.problems()));
    } catch (ConflictException | NotFoundException | AccessDeniedException e) {
      Notifications.errors(List.of(ServiceMessages.localize(e.getMessage())));
    } catch (RuntimeException e) {
      Notifications.error(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    return false;
  }
}
