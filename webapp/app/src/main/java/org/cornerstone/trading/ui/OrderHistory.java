package org.cornerstone.trading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Optional;
import org.cornerstone.shared.Actor;
import org.cornerstone.trading.application.Market;
import org.cornerstone.trading.application.OrderEvent;
import org.cornerstone.ui.base.Formats;

/**
 * An order's life in a dialog (helper tplus): entered, each fill, amendments, its end with the
 * reason (the operator's for a cancel-all), each trade's settlement. Its owner (My orders, the
 * market screen) and market operations open it.
 */
final class OrderHistory {
  private OrderHistory() {}

  /** The button of an order's row that opens its history. */
  static Button button(Component where, Market market, Actor actor, long orderId) {
    Button history = new Button(where.getTranslation("market.history.open"));
    history.setId("order-history-" + orderId);
    history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    history.addClickListener(e -> open(where, market, actor, orderId));
    return history;
  }

  /** Opens the dialog; empty (the refusal told) when the order cannot be shown. */
  static Optional<Dialog> open(Component where, Market market, Actor actor, long orderId) {
    Optional<Dialog> dialog = dialog(where, market, actor, orderId);
    dialog.ifPresent(Dialog::open);
    return dialog;
  }

  static Optional<Dialog> dialog(Component where, Market market, Actor actor, long orderId) {
    return MarketErrors.call(where, () -> market.orderHistory(actor, orderId))
        .map(events -> dialog(where, orderId, events));
  }

  private static Dialog dialog(Component where, long orderId, List<OrderEvent> events) {
    Dialog dialog = new Dialog();
    dialog.setId("order-history-dialog");
    dialog.setHeaderTitle(where.getTranslation("market.history.heading", orderId));
    dialog.setWidth("min(56rem, 95vw)");
    Grid<OrderEvent> grid = grid(where);
    grid.setItems(events);
    dialog.add(grid);
    Button close = new Button(where.getTranslation("market.close"), e -> dialog.close());
    close.setId("order-history-close");
    dialog.getFooter().add(close);
    return dialog;
  }

  static Grid<OrderEvent> grid(Component where) {
    Grid<OrderEvent> grid = new Grid<>();
    grid.setId("order-history-grid");
    grid.addColumn(e -> Formats.time(e.at()))
        .setHeader(where.getTranslation("market.history.at"))
        .setAutoWidth(true);
    grid.addColumn(e -> kind(where, e.kind()))
        .setHeader(where.getTranslation("market.history.kind"))
        .setAutoWidth(true);
    grid.addColumn(e -> Formats.number(e.quantity()))
        .setHeader(where.getTranslation("market.col.quantity"))
        .setAutoWidth(true);
    grid.addColumn(e -> TradingFormats.orDash(e.price()))
        .setHeader(where.getTranslation("market.col.price"))
        .setAutoWidth(true);
    grid.addColumn(e -> TradingFormats.orDash(e.reason()))
        .setHeader(where.getTranslation("market.col.reason"))
        .setFlexGrow(1);
    grid.setAllRowsVisible(true);
    grid.setEmptyStateText(where.getTranslation("market.history.empty"));
    return grid;
  }

  /** The event's kind in words; an unknown kind as the service names it. */
  static String kind(Component where, String kind) {
    String key = "market.history.kind." + kind;
    String text = where.getTranslation(key);
    return text == null || text.isBlank() || text.contains(key) ? kind : text;
  }
}
