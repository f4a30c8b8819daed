package org.cornerstone.trading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** How market figures and states look on the trading screens. */
final class TradingFormats {
  private TradingFormats() {}

  /** A decimal price or amount with its currency, or a dash when there is none. */
  static String money(String currency, String amount) {
    return amount == null || amount.isBlank() ? "—" : currency + " " + amount;
  }

  static String orDash(String text) {
    return text == null || text.isBlank() ? "—" : text;
  }

  /** OPEN / HALTED / PAUSED of an instrument's market. */
  static Span marketStatus(Component where, String status) {
    return badge(
        where.getTranslation("market.status." + status),
        status,
        "OPEN".equals(status) ? "badge success" : "badge error");
  }

  /** Why a market is halted or paused, next to its status. */
  static Span statusReason(Component where, String reason) {
    Span span = new Span(where.getTranslation("market.statusReason", reason));
    span.addClassName("market-status-reason");
    return span;
  }

  static Span orderStatus(Component where, String status) {
    String theme =
        switch (status) {
          case "FILLED" -> "badge success";
          case "REJECTED", "EXPIRED" -> "badge error";
          case "CANCELLED" -> "badge contrast";
          default -> "badge";
        };
    return badge(where.getTranslation("market.order.status." + status), status, theme);
  }

  static Span settlement(Component where, String state) {
    String theme =
        switch (state) {
          case "SETTLED" -> "badge success";
          case "INCIDENT", "REFUSED" -> "badge error";
          default -> "badge";
        };
    return badge(where.getTranslation("market.settlement." + state), state, theme);
  }

  static String side(Component where, String side) {
    return where.getTranslation("market.side." + side);
  }

  private static Span badge(String label, String status, String theme) {
    Span badge = new Span(label);
    badge.getElement().getThemeList().add(theme);
    badge.addClassName("status-badge");
    badge.getElement().setAttribute("data-status", status);
    return badge;
  }
}
