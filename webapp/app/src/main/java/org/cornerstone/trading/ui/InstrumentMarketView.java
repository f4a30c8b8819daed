package org.cornerstone.trading.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.trading.application.Market;
import org.cornerstone.trading.application.MarketView;
import org.cornerstone.trading.application.OrderView;
import org.cornerstone.trading.application.PriceLevel;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.SignedIn;

/**
 * One instrument's market: status and rules, the order book by price level, the last trades, the
 * price and volume chart, and for investors the order ticket and their own orders. Everything is
 * refreshed by server push whenever the instrument's market changes.
 */
@Route(value = "market/:instrumentId", layout = MainLayout.class)
@RolesAllowed({"INVESTOR", "TRUSTEE", "SENIOR_TRUSTEE"})
public class InstrumentMarketView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {
  static final int DEPTH = 10;

  private final Market market;
  private final Actor actor;
  private final MarketPush push;
  private final H2 heading = new H2();
  private final Span status = new Span();
  private final Span statusReason = new Span();
  private final UnorderedList rules = new UnorderedList();
  private final Grid<PriceLevel> bids = levels("book-bids");
  private final Grid<PriceLevel> asks = levels("book-asks");
  private final PriceChart chart = new PriceChart();
  private final Grid<org.cornerstone.trading.application.TradeView> lastTrades;
  private final OrderTicketForm ticket;
  private final Grid<OrderView> myOrders;
  private String instrumentId;
  private MarketView shown;

  @Inject
  public InstrumentMarketView(Market market) {
    this.market = market;
    this.actor = SignedIn.require();
    setId("instrument-market-view");
    status.setId("market-status");
    statusReason.setId("market-status-reason");
    statusReason.setVisible(false);
    rules.setId("market-rules");
    lastTrades = TradeColumns.grid(this, "last-trades", false);
    lastTrades.addItemClickListener(
        e -> TradeDetails.open(this, market, actor, e.getItem().tradeId()));
    ticket = new OrderTicketForm(market, actor, order -> refresh());
    // on the instrument's own screen: no instrument column (all are this instrument's)
    myOrders = OrderGrid.mine(this, "my-orders", market, actor, this::refresh, false);

    HorizontalLayout top = new HorizontalLayout(heading, status, statusReason);
    top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    VerticalLayout bidSide = column("market.book.bids", bids);
    VerticalLayout askSide = column("market.book.asks", asks);
    HorizontalLayout book = new HorizontalLayout(bidSide, askSide);
    book.setId("order-book");
    book.setWidthFull();
    HorizontalLayout main = new HorizontalLayout();
    main.setWidthFull();
    main.setWrap(true);
    VerticalLayout left = new VerticalLayout(new H3(getTranslation("market.book.heading")), book);
    left.setPadding(false);
    left.setWidth("56%");
    left.setMinWidth("28em");
    VerticalLayout right =
        new VerticalLayout(new H3(getTranslation("market.rules.heading")), rules);
    right.setPadding(false);
    right.setWidth("40%");
    right.setMinWidth("22em");
    if (actor.has(Role.INVESTOR)) {
      right.add(ticket);
    }
    main.add(left, right);
    add(top, main, new H3(getTranslation("market.chart.heading")), chart);
    add(new H3(getTranslation("market.trades.heading")), lastTrades);
    if (actor.has(Role.INVESTOR)) {
      add(new H3(getTranslation("market.myOrders.heading")), myOrders);
    }
    push =
        MarketPush.follow(
            this,
            market,
            () -> instrumentId == null ? List.of() : List.of(instrumentId),
            this::refresh);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    show(event.getRouteParameters().get("instrumentId").orElse(""));
  }

  /** Shows this instrument's market (and follows it from now on, if another was shown). */
  void show(String requested) {
    boolean other = instrumentId != null && !instrumentId.equals(requested);
    instrumentId = requested;
    refresh();
    if (other) {
      push.restart();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("market.page.title", instrumentId == null ? "" : instrumentId);
  }

  /** Reads the instrument's market afresh and shows it. */
  void refresh() {
    MarketErrors.call(this, () -> market.market(actor, instrumentId, DEPTH))
        .ifPresent(this::showView);
    if (actor.has(Role.INVESTOR)) {
      MarketErrors.call(this, () -> market.myOrders(actor))
          .ifPresent(
              orders ->
                  myOrders.setItems(
                      orders.stream().filter(o -> o.instrumentId().equals(instrumentId)).toList()));
    }
  }

  private void showView(MarketView view) {
    shown = view;
    heading.setText(getTranslation("market.heading", view.assetTitle(), view.instrumentId()));
    status.removeAll();
    status.add(TradingFormats.marketStatus(this, view.status()));
    status.getElement().setAttribute("data-status", view.status());
    statusReason.setText(
        view.statusReason() == null
            ? ""
            : getTranslation("market.statusReason", view.statusReason()));
    statusReason.setVisible(view.statusReason() != null);
    rules.removeAll();
    rules.add(new ListItem(getTranslation("market.rules.tick", view.currency(), view.tickSize())));
    rules.add(new ListItem(getTranslation("market.rules.lot", Formats.number(view.lotSize()))));
    rules.add(
        new ListItem(
            view.referencePrice() == null
                ? getTranslation("market.rules.noBand")
                : getTranslation(
                    "market.rules.band",
                    view.bandPercent(),
                    TradingFormats.money(view.currency(), view.referencePrice()))));
    if (view.fee() != null) {
      ListItem fee = new ListItem(getTranslation("market.rules.fee", view.fee()));
      fee.setId("market-fee");
      rules.add(fee);
    }
    view.rules()
        .forEach(
            r ->
                rules.add(
                    new ListItem(
                        r.value() == null
                            ? getTranslation(r.key())
                            : getTranslation(r.key()) + ": " + r.value())));
    bids.setItems(view.bids());
    asks.setItems(view.asks());
    lastTrades.setItems(view.lastTrades());
    chart.show(
        view.chart(),
        getTranslation("market.chart.price", view.currency()),
        getTranslation("market.chart.volume"),
        getTranslation("market.chart.empty"));
    ticket.setRules(view);
  }

  private Grid<PriceLevel> levels(String id) {
    Grid<PriceLevel> grid = new Grid<>();
    grid.setId(id);
    // narrow fixed widths that grow to fill: both sides fit next to each other on a 1280 px screen
    // (the default 100 px + auto width of each column made each side wider than its half)
    grid.addColumn(PriceLevel::price)
        .setHeader(getTranslation("market.col.price"))
        .setWidth("5em")
        .setFlexGrow(1)
        .setTextAlign(ColumnTextAlign.END);
    grid.addColumn(l -> Formats.number(l.quantity()))
        .setHeader(getTranslation("market.col.quantity"))
        .setWidth("5em")
        .setFlexGrow(1)
        .setTextAlign(ColumnTextAlign.END);
    grid.addColumn(PriceLevel::orders)
        .setHeader(getTranslation("market.col.orders"))
        .setWidth("5em")
        .setFlexGrow(1)
        .setTextAlign(ColumnTextAlign.END);
    grid.setWidthFull();
    grid.setAllRowsVisible(true);
    grid.setEmptyStateText(getTranslation("market.book.empty"));
    return grid;
  }

  private VerticalLayout column(String headingKey, Grid<PriceLevel> grid) {
    Div title = new Div(getTranslation(headingKey));
    title.addClassName("book-side-title");
    VerticalLayout column = new VerticalLayout(title, grid);
    column.setPadding(false);
    // half of the book each, allowed to shrink (the spacing between them comes out of the halves)
    column.setWidth("50%");
    column.setMinWidth("0");
    column.getStyle().set("flex", "1 1 0");
    return column;
  }

  MarketView shown() {
    return shown;
  }

  OrderTicketForm ticket() {
    return ticket;
  }

  Grid<PriceLevel> bids() {
    return bids;
  }

  Grid<PriceLevel> asks() {
    return asks;
  }

  Grid<OrderView> myOrders() {
    return myOrders;
  }
}
