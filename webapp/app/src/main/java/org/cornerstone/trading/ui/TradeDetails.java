package org.cornerstone.trading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import org.cornerstone.shared.Actor;
import org.cornerstone.trading.application.Market;
import org.cornerstone.trading.application.TradeView;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.Notifications;

/** The trade confirmation: every detail of one trade and its settlement, read afresh. */
final class TradeDetails {
  private TradeDetails() {}

  static void open(Component where, Market market, Actor actor, long tradeId) {
    MarketErrors.call(where, () -> market.trade(actor, tradeId))
        .ifPresent(
            found ->
                found.ifPresentOrElse(
                    trade -> dialog(where, trade).open(),
                    () ->
                        Notifications.error(
                            where.getTranslation("market.trade.notFound", tradeId))));
  }

  static Dialog dialog(Component where, TradeView t) {
    Dialog dialog = new Dialog();
    dialog.setId("trade-details");
    dialog.setHeaderTitle(where.getTranslation("market.trade.heading", t.tradeId()));
    FormLayout details = new FormLayout();
    details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
    line(details, where, "market.col.trade", String.valueOf(t.tradeId()), "trade-id");
    line(details, where, "col.instrument", t.instrumentId(), "trade-instrument");
    line(details, where, "market.col.executed", Formats.time(t.executedAt()), "trade-executed");
    line(details, where, "market.col.buyer", t.buyer() + " · #" + t.buyOrderId(), "trade-buyer");
    line(
        details, where, "market.col.seller", t.seller() + " · #" + t.sellOrderId(), "trade-seller");
    line(
        details,
        where,
        "market.col.price",
        TradingFormats.money(t.currency(), t.price()),
        "trade-price");
    line(details, where, "market.col.quantity", Formats.number(t.quantity()), "trade-quantity");
    line(
        details,
        where,
        "market.col.amount",
        TradingFormats.money(t.currency(), t.amount()),
        "trade-amount");
    line(
        details,
        where,
        "market.col.fee",
        t.buyerFee() == null
            ? TradingFormats.orDash(null)
            : TradingFormats.money(t.currency(), t.buyerFee())
                + (t.feeStatus() == null
                    ? ""
                    : " · " + where.getTranslation("market.fee.status." + t.feeStatus())),
        "trade-fee");
    Span state = TradingFormats.settlement(where, t.settlement());
    state.setId("trade-settlement");
    details.addFormItem(state, where.getTranslation("market.col.settlement"));
    line(
        details,
        where,
        "market.col.ledgerTx",
        TradingFormats.orDash(t.ledgerTransactionId()),
        "trade-ledger-tx");
    if (t.settlementProblem() != null) {
      line(details, where, "market.col.problem", t.settlementProblem(), "trade-problem");
    }
    dialog.add(details);
    Button close = new Button(where.getTranslation("market.close"), e -> dialog.close());
    close.setId("trade-details-close");
    dialog.getFooter().add(close);
    return dialog;
  }

  private static void line(
      FormLayout form, Component where, String labelKey, String value, String id) {
    Span text = new Span(value);
    text.setId(id);
    form.addFormItem(text, where.getTranslation(labelKey));
  }
}
