package org.cornerstone.ui.base;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How dates and statuses look on screen. */
public final class Formats {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Formats() {}

  public static String time(Instant instant) {
    return instant == null ? "—" : TIME.format(instant);
  }

  public static String number(long value) {
    return String.format("%,d", value);
  }

  /**
   * An amount in minor units as {@code CNY 1,000,000.00} (the currency's own number of decimals;
   * exact: the minor units are shifted, never divided in floating point).
   */
  public static String money(long minorUnits, String currency) {
    int digits = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
    return currency
        + " "
        + String.format(
            java.util.Locale.ROOT,
            "%,." + digits + "f",
            java.math.BigDecimal.valueOf(minorUnits, digits));
  }

  /** A coloured badge for an asset status (Lumo badge theme). */
  public static Span statusBadge(String status, String label) {
    Span badge = new Span(label);
    String theme =
        switch (status) {
          case "TOKENIZED" -> "badge success";
          case "REJECTED" -> "badge error";
          case "IN_REVIEW", "APPROVED" -> "badge";
          default -> "badge contrast";
        };
    badge.getElement().getThemeList().add(theme);
    badge.addClassName("status-badge");
    badge.getElement().setAttribute("data-status", status);
    return badge;
  }
}
