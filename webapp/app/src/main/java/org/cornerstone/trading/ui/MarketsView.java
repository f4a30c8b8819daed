package org.cornerstone.trading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.cornerstone.shared.Actor;
import org.cornerstone.trading.application.Market;
import org.cornerstone.trading.application.MarketSummary;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.SignedIn;

/**
 * The secondary market: every tradable instrument with its status, best bid and ask and last price,
 * kept current by server push; a click opens the instrument's market screen.
 */
@Menu(title = "nav.market", order = 64, icon = "vaadin:chart")
@Route(value = "market", layout = MainLayout.class)
@PageTitle("Market | Cornerstone")
@RolesAllowed({"INVESTOR", "TRUSTEE", "SENIOR_TRUSTEE"})
public class MarketsView extends VerticalLayout {
  private final Market market;
  private final Actor actor;
  private final Grid<MarketSummary> grid = new Grid<>();
  private List<MarketSummary> shown = List.of();

  @Inject
  public MarketsView(Market market) {
    this.market = market;
    this.actor = SignedIn.require();
    setId("markets-view");
    grid.setId("markets-grid");
    grid.addColumn(MarketSummary::instrumentId)
        .setHeader(getTranslation("col.instrument"))
        .setAutoWidth(true);
    grid.addColumn(MarketSummary::assetTitle).setHeader(getTranslation("col.title")).setFlexGrow(1);
    grid.addComponentColumn(m -> TradingFormats.marketStatus(this, m.status()))
        .setHeader(getTranslation("market.col.status"))
        .setAutoWidth(true);
    grid.addColumn(m -> TradingFormats.orDash(m.statusReason()))
        .setHeader(getTranslation("market.col.statusReason"))
        .setFlexGrow(1);
    grid.addColumn(m -> TradingFormats.money(m.currency(), m.bestBid()))
        .setHeader(getTranslation("market.col.bestBid"))
        .setAutoWidth(true);
    grid.addColumn(m -> TradingFormats.money(m.currency(), m.bestAsk()))
        .setHeader(getTranslation("market.col.bestAsk"))
        .setAutoWidth(true);
    grid.addColumn(m -> TradingFormats.money(m.currency(), m.lastPrice()))
        .setHeader(getTranslation("market.col.last"))
        .setAutoWidth(true);
    grid.addComponentColumn(
            m -> {
              Button open = new Button(getTranslation("market.open"), e -> open(m.instrumentId()));
              open.setId("open-market-" + m.instrumentId());
              open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
              return open;
            })
        .setAutoWidth(true);
    grid.addItemClickListener(e -> open(e.getItem().instrumentId()));
    grid.setAllRowsVisible(true);
    grid.setEmptyStateText(getTranslation("market.list.empty"));
    add(
        new H2(getTranslation("market.list.heading")),
        new Paragraph(getTranslation("market.list.intro")),
        grid);
    refresh();
    MarketPush.followAll(this, market, this::refresh);
  }

  void refresh() {
    MarketErrors.call(this, () -> market.markets(actor))
        .ifPresent(
            list -> {
              shown = list;
              grid.setItems(list);
            });
  }

  private void open(String instrumentId) {
    getUI().ifPresent(ui -> ui.navigate("market/" + instrumentId));
  }

  List<MarketSummary> shown() {
    return shown;
  }
}
