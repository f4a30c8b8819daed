package org.cornerstone.trading.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.cornerstone.shared.Actor;
import org.cornerstone.trading.application.Market;
import org.cornerstone.trading.application.OrderView;
import org.cornerstone.trading.application.TradeView;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.SignedIn;

/**
 * The investor's orders (cancel, amend) and trades (confirmation details, CSV download) across
 * every instrument, kept current by server push.
 */
@Menu(title = "nav.myTrading", order = 64.5, icon = "vaadin:exchange")
@Route(value = "my-trading", layout = MainLayout.class)
@PageTitle("My orders and trades | Cornerstone")
@RolesAllowed("INVESTOR")
public class MyTradingView extends VerticalLayout {
  private final Market market;
  private final Actor actor;
  private final Grid<OrderView> orders;
  private final Grid<TradeView> trades;

  @Inject
  public MyTradingView(Market market) {
    this.market = market;
    this.actor = SignedIn.require();
    setId("my-trading-view");
    orders = OrderGrid.mine(this, "my-orders", market, actor, this::refresh);
    trades = TradeColumns.grid(this, "my-trades", true);
    trades.addItemClickListener(e -> TradeDetails.open(this, market, actor, e.getItem().tradeId()));
    Anchor csv = new Anchor(csvDownload(market, actor), getTranslation("market.myTrades.csv"));
    csv.setId("my-trades-csv");
    csv.getElement().setAttribute("download", true);
    add(
        new H2(getTranslation("market.mine.heading")),
        new H3(getTranslation("market.myOrders.heading")),
        orders,
        new H3(getTranslation("market.myTrades.heading")),
        new Paragraph(getTranslation("market.myTrades.intro")),
        csv,
        trades);
    refresh();
    MarketPush.followAll(this, market, this::refresh);
  }

  /** The CSV is made when the link is followed; the actor is captured (no session lock then). */
  static DownloadHandler csvDownload(Market market, Actor actor) {
    return DownloadHandler.fromInputStream(
        e -> {
          byte[] bytes = market.myTradesCsv(actor).getBytes(StandardCharsets.UTF_8);
          return new DownloadResponse(
              new ByteArrayInputStream(bytes),
              "my-trades.csv",
              "text/csv; charset=UTF-8",
              bytes.length);
        });
  }

  void refresh() {
    MarketErrors.call(this, () -> market.myOrders(actor)).ifPresent(orders::setItems);
    MarketErrors.call(this, () -> market.myTrades(actor)).ifPresent(trades::setItems);
  }
}
