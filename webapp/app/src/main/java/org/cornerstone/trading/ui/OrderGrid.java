package org.cornerstone.trading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.cornerstone.shared.Actor;
import org.cornerstone.trading.application.Market;
import org.cornerstone.trading.application.OrderView;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.Notifications;

/**
 * Orders in a grid. For the investor's own orders it offers cancel and amend (new price and/or
 * quantity) on every order still open; for market operations it shows every owner, read only.
 */
final class OrderGrid {
  static final Set<String> LIVE = Set.of("OPEN", "PARTIALLY_FILLED");

  private OrderGrid() {}

  /** The investor's own orders with cancel and amend; {@code changed} runs after either. */
  static Grid<OrderView> mine(
      Component where, String id, Market market, Actor actor, Runnable changed) {
    return mine(where, id, market, actor, changed, true);
  }

  /** The same; {@code withInstrument} false on one instrument's screen (narrower: fits 1280 px). */
  static Grid<OrderView> mine(
      Component where,
      String id,
      Market market,
      Actor actor,
      Runnable changed,
      boolean withInstrument) {
    Grid<OrderView> grid = base(where, id, false, withInstrument);
    var column =
        grid.addComponentColumn(o -> actions(where, market, actor, o, changed))
            .setHeader(where.getTranslation("market.col.actions"));
    if (withInstrument) {
      column.setAutoWidth(true);
    } else {
      column.setWidth("15em").setFlexGrow(0);
    }
    grid.setEmptyStateText(where.getTranslation("market.myOrders.empty"));
    return grid;
  }

  /** Every order of an instrument with its life so far (market operations). */
  static Grid<OrderView> all(Component where, String id, Market market, Actor actor) {
    Grid<OrderView> grid = base(where, id, true, true);
    grid.addColumn(o -> Formats.time(o.updatedAt()))
        .setHeader(where.getTranslation("market.col.updated"))
        .setAutoWidth(true);
    grid.addComponentColumn(o -> OrderHistory.button(where, market, actor, o.orderId()))
        .setHeader(where.getTranslation("market.history.heading.short"))
        .setAutoWidth(true);
    grid.setEmptyStateText(where.getTranslation("market.orders.empty"));
    return grid;
  }

  private static Grid<OrderView> base(
      Component where, String id, boolean withOwner, boolean withInstrument) {
    if (!withInstrument) {
      return compact(where, id);
    }
    Grid<OrderView> grid = new Grid<>();
    grid.setId(id);
    grid.addColumn(OrderView::orderId)
        .setHeader(where.getTranslation("market.col.order"))
        .setAutoWidth(true);
    grid.addColumn(OrderView::instrumentId)
        .setHeader(where.getTranslation("col.instrument"))
        .setAutoWidth(true);
    if (withOwner) {
      grid.addColumn(OrderView::owner)
          .setHeader(where.getTranslation("market.col.owner"))
          .setAutoWidth(true);
    }
    grid.addColumn(o -> TradingFormats.side(where, o.side()))
        .setHeader(where.getTranslation("market.col.side"))
        .setAutoWidth(true);
    grid.addColumn(o -> TradingFormats.money(o.currency(), o.price()))
        .setHeader(where.getTranslation("market.col.price"))
        .setAutoWidth(true);
    grid.addColumn(o -> Formats.number(o.quantity()))
        .setHeader(where.getTranslation("market.col.quantity"))
        .setAutoWidth(true);
    grid.addColumn(o -> Formats.number(o.openQuantity()))
        .setHeader(where.getTranslation("market.col.open"))
        .setAutoWidth(true);
    grid.addColumn(o -> Formats.number(o.filledQuantity()))
        .setHeader(where.getTranslation("market.col.filled"))
        .setAutoWidth(true);
    grid.addColumn(OrderView::timeInForce)
        .setHeader(where.getTranslation("market.col.tif"))
        .setAutoWidth(true);
    grid.addComponentColumn(o -> TradingFormats.orderStatus(where, o.status()))
        .setHeader(where.getTranslation("market.col.status"))
        .setAutoWidth(true);
    grid.addColumn(o -> TradingFormats.orDash(o.rejectReason()))
        .setHeader(where.getTranslation("market.col.reason"))
        .setAutoWidth(true);
    grid.addColumn(OrderGrid::reserved)
        .setHeader(where.getTranslation("market.col.reserved"))
        .setAutoWidth(true);
    grid.addColumn(o -> Formats.time(o.enteredAt()))
        .setHeader(where.getTranslation("market.col.entered"))
        .setAutoWidth(true);
    grid.setAllRowsVisible(true);
    return grid;
  }

  /**
   * The investor's orders on one instrument's screen: fixed widths that grow (no auto width), so
   * the grid fits a 1280 px window next to the navigation without a horizontal scrollbar. The
   * instrument, quantity (= open + filled), time in force and entry time are on "My orders and
   * trades"; a reject reason is the status badge's tooltip.
   */
  private static Grid<OrderView> compact(Component where, String id) {
    Grid<OrderView> grid = new Grid<>();
    grid.setId(id);
    grid.addColumn(OrderView::orderId)
        .setHeader(where.getTranslation("market.col.order"))
        .setWidth("5em")
        .setFlexGrow(0);
    grid.addColumn(o -> TradingFormats.side(where, o.side()))
        .setHeader(where.getTranslation("market.col.side"))
        .setWidth("4.5em")
        .setFlexGrow(1);
    grid.addColumn(o -> TradingFormats.money(o.currency(), o.price()))
        .setHeader(where.getTranslation("market.col.price"))
        .setWidth("7em")
        .setFlexGrow(1);
    grid.addColumn(o -> Formats.number(o.openQuantity()))
        .setHeader(where.getTranslation("market.col.open"))
        .setWidth("5em")
        .setFlexGrow(1);
    grid.addColumn(o -> Formats.number(o.filledQuantity()))
        .setHeader(where.getTranslation("market.col.filled"))
        .setWidth("5em")
        .setFlexGrow(1);
    grid.addComponentColumn(
            o -> {
              var badge = TradingFormats.orderStatus(where, o.status());
              if (o.rejectReason() != null) {
                badge.getElement().setAttribute("title", o.rejectReason());
              }
              return badge;
            })
        .setHeader(where.getTranslation("market.col.status"))
        .setWidth("8em")
        .setFlexGrow(1);
    grid.addColumn(OrderGrid::reserved)
        .setHeader(where.getTranslation("market.col.reserved"))
        .setWidth("8em")
        .setFlexGrow(1);
    grid.setAllRowsVisible(true);
    return grid;
  }

  private static String reserved(OrderView o) {
    return "BUY".equals(o.side())
        ? TradingFormats.money(o.currency(), o.reservedAmount())
        : Formats.number(o.reservedQuantity());
  }

  private static Component actions(
      Component where, Market market, Actor actor, OrderView order, Runnable changed) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.setSpacing(false);
    actions.getStyle().set("gap", "var(--lumo-space-xs)");
    actions.setWrap(true);
    actions.add(OrderHistory.button(where, market, actor, order.orderId()));
    if (!LIVE.contains(order.status())) {
      return actions;
    }
    Button cancel = new Button(where.getTranslation("market.order.cancel"));
    cancel.setId("cancel-order-" + order.orderId());
    cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    cancel.setDisableOnClick(true);
    cancel.addClickListener(
        e -> {
          MarketErrors.call(where, () -> market.cancel(actor, order.orderId()))
              .ifPresent(
                  done ->
                      Notifications.success(
                          where.getTranslation("market.order.cancelled", done.orderId())));
          cancel.setEnabled(true);
          changed.run();
        });
    Button amend = new Button(where.getTranslation("market.order.amend"));
    amend.setId("amend-order-" + order.orderId());
    amend.addThemeVariants(ButtonVariant.LUMO_SMALL);
    amend.addClickListener(e -> amendDialog(where, market, actor, order, changed).open());
    actions.addComponentAtIndex(0, amend);
    actions.addComponentAtIndex(1, cancel);
    return actions;
  }

  static Dialog amendDialog(
      Component where, Market market, Actor actor, OrderView order, Runnable changed) {
    Dialog dialog = new Dialog();
    dialog.setId("amend-dialog");
    dialog.setHeaderTitle(where.getTranslation("market.amend.heading", order.orderId()));
    TextField price = new TextField(where.getTranslation("market.ticket.price"));
    price.setId("amend-price");
    price.setValue(order.price());
    price.setPrefixComponent(new com.vaadin.flow.component.html.Span(order.currency()));
    TextField quantity = new TextField(where.getTranslation("market.amend.quantity"));
    quantity.setId("amend-quantity");
    quantity.setValue(String.valueOf(order.openQuantity()));
    quantity.setHelperText(where.getTranslation("market.amend.help"));
    Button save = new Button(where.getTranslation("market.amend.save"));
    save.setId("amend-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        e -> {
          Long q = TicketInput.wholeNumber(quantity.getValue());
          String p = TicketInput.decimal(price.getValue());
          price.setInvalid(p == null);
          price.setErrorMessage(where.getTranslation("market.ticket.badPrice"));
          quantity.setInvalid(q == null || q <= 0);
          quantity.setErrorMessage(where.getTranslation("market.ticket.badQuantity"));
          if (p == null || q == null || q <= 0) {
            return;
          }
          MarketErrors.call(where, () -> market.amend(actor, order.orderId(), p, q))
              .ifPresent(
                  done -> {
                    Notifications.success(
                        where.getTranslation(
                            "market.order.amended",
                            done.orderId(),
                            done.price(),
                            Formats.number(done.openQuantity())));
                    dialog.close();
                    changed.run();
                  });
        });
    Button close = new Button(where.getTranslation("market.close"), e -> dialog.close());
    dialog.add(
        new Paragraph(where.getTranslation("market.amend.intro")),
        new HorizontalLayout(price, quantity));
    dialog.getFooter().add(close, save);
    return dialog;
  }
}
