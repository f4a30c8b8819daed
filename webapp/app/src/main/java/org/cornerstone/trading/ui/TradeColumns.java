package org.cornerstone.trading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import org.cornerstone.trading.application.TradeView;
import org.cornerstone.ui.base.Formats;

/** The columns every trade list shares (last trades, my trades, market operations). */
final class TradeColumns {
  private TradeColumns() {}

  static Grid<TradeView> grid(Component where, String id, boolean withParties) {
    Grid<TradeView> grid = new Grid<>();
    grid.setId(id);
    grid.addColumn(TradeView::tradeId)
        .setHeader(where.getTranslation("market.col.trade"))
        .setAutoWidth(true);
    grid.addColumn(t -> Formats.time(t.executedAt()))
        .setHeader(where.getTranslation("market.col.executed"))
        .setAutoWidth(true);
    if (withParties) {
      grid.addColumn(TradeView::instrumentId)
          .setHeader(where.getTranslation("col.instrument"))
          .setAutoWidth(true);
    }
    grid.addColumn(t -> TradingFormats.money(t.currency(), t.price()))
        .setHeader(where.getTranslation("market.col.price"))
        .setAutoWidth(true);
    grid.addColumn(t -> Formats.number(t.quantity()))
        .setHeader(where.getTranslation("market.col.quantity"))
        .setAutoWidth(true);
    grid.addColumn(t -> TradingFormats.money(t.currency(), t.amount()))
        .setHeader(where.getTranslation("market.col.amount"))
        .setAutoWidth(true);
    if (withParties) {
      grid.addColumn(
              t ->
                  t.buyerFee() == null
                      ? TradingFormats.orDash(null)
                      : TradingFormats.money(t.currency(), t.buyerFee()))
          .setHeader(where.getTranslation("market.col.fee"))
          .setAutoWidth(true);
      grid.addColumn(TradeView::buyer)
          .setHeader(where.getTranslation("market.col.buyer"))
          .setAutoWidth(true);
      grid.addColumn(TradeView::seller)
          .setHeader(where.getTranslation("market.col.seller"))
          .setAutoWidth(true);
    }
    grid.addComponentColumn(t -> TradingFormats.settlement(where, t.settlement()))
        .setHeader(where.getTranslation("market.col.settlement"))
        .setAutoWidth(true);
    grid.setAllRowsVisible(true);
    grid.setEmptyStateText(where.getTranslation("market.trades.empty"));
    return grid;
  }
}
