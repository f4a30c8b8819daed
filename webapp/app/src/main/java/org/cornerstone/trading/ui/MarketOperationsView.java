package org.cornerstone.trading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.cornerstone.shared.Actor;
import org.cornerstone.trading.application.Market;
import org.cornerstone.trading.application.MarketParameterDesk;
import org.cornerstone.trading.application.MarketSummary;
import org.cornerstone.trading.application.OrderView;
import org.cornerstone.trading.application.ReconciliationReport;
import org.cornerstone.trading.application.TradeView;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;

/**
 * Market operations (trustees): halt and resume an instrument with a reason, cancel all its open
 * orders, follow every order's life and every trade's settlement (retry an {@code INCIDENT}), and
 * reconcile trades, reservations and ledger holdings.
 */
@Menu(title = "nav.marketOperations", order = 66, icon = "vaadin:controller")
@Route(value = "market-operations", layout = MainLayout.class)
@PageTitle("Market operations | Cornerstone")
@RolesAllowed({"TRUSTEE", "SENIOR_TRUSTEE"})
public class MarketOperationsView extends VerticalLayout {
  private final Market market;
  private final Actor actor;
  private final MarketPush push;
  private final Select<MarketSummary> instrument = new Select<>();
  private final Span status = new Span();
  private final TextField reason = new TextField();
  private final Grid<OrderView> orders;
  private final Grid<TradeView> trades;
  private final Div reconciliation = new Div();
  private final MarketParametersPanel parameters;

  /** For the screens' tests: the market answers parameters too when it can. */
  public MarketOperationsView(Market market) {
    this(market, market instanceof MarketParameterDesk desk ? desk : null);
  }

  @Inject
  public MarketOperationsView(Market market, MarketParameterDesk desk) {
    this.market = market;
    this.actor = SignedIn.require();
    setId("market-operations-view");

    instrument.setId("ops-instrument");
    instrument.setLabel(getTranslation("col.instrument"));
    instrument.setItemLabelGenerator(m -> m.instrumentId() + " · " + m.assetTitle());
    instrument.setWidth("28em");
    status.setId("ops-status");
    reason.setId("ops-reason");
    reason.setLabel(getTranslation("market.ops.reason"));
    reason.setWidth("24em");
    reason.setMaxLength(500);

    Button halt = new Button(getTranslation("market.ops.halt"), e -> halt());
    halt.setId("ops-halt");
    halt.addThemeVariants(ButtonVariant.LUMO_ERROR);
    Button resume = new Button(getTranslation("market.ops.resume"), e -> resume());
    resume.setId("ops-resume");
    resume.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
    Button cancelAll = new Button(getTranslation("market.ops.cancelAll"), e -> confirmCancelAll());
    cancelAll.setId("ops-cancel-all");
    cancelAll.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

    orders = OrderGrid.all(this, "ops-orders", market, actor);
    trades = TradeColumns.grid(this, "ops-trades", true);
    trades
        .addComponentColumn(this::retryButton)
        .setHeader(getTranslation("market.col.actions"))
        .setAutoWidth(true);
    trades.addItemClickListener(e -> TradeDetails.open(this, market, actor, e.getItem().tradeId()));

    Button reconcile = new Button(getTranslation("market.ops.reconcile"), e -> reconcile());
    reconcile.setId("ops-reconcile");
    reconciliation.setId("ops-reconciliation");

    HorizontalLayout controls =
        new HorizontalLayout(instrument, status, reason, halt, resume, cancelAll);
    controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    controls.setWrap(true);
    parameters = desk == null ? null : new MarketParametersPanel(desk, actor);
    add(
        new H2(getTranslation("market.ops.heading")),
        new Paragraph(getTranslation("market.ops.intro")),
        controls);
    if (parameters != null) {
      add(new H3(getTranslation("market.params.heading")), parameters);
    }
    add(
        new H3(getTranslation("market.ops.orders")),
        orders,
        new H3(getTranslation("market.ops.trades")),
        trades,
        new H3(getTranslation("market.ops.reconciliation")),
        reconcile,
        reconciliation);

    List<MarketSummary> markets =
        MarketErrors.call(this, () -> market.markets(actor)).orElse(List.of());
    instrument.setItems(markets);
    push =
        MarketPush.follow(
            this,
            market,
            () ->
                instrument.getValue() == null
                    ? List.of()
                    : List.of(instrument.getValue().instrumentId()),
            this::refresh);
    instrument.addValueChangeListener(
        e -> {
          refresh();
          if (parameters != null) {
            // not on every push: a trustee may be typing new parameters
            parameters.show(selected());
          }
          push.restart();
        });
    if (!markets.isEmpty()) {
      instrument.setValue(markets.get(0));
    }
  }

  private String selected() {
    return instrument.getValue() == null ? null : instrument.getValue().instrumentId();
  }

  void refresh() {
    String id = selected();
    if (id == null) {
      return;
    }
    MarketErrors.call(this, () -> market.markets(actor))
        .flatMap(list -> list.stream().filter(m -> m.instrumentId().equals(id)).findFirst())
        .ifPresent(this::showStatus);
    MarketErrors.call(this, () -> market.orders(actor, id)).ifPresent(orders::setItems);
    MarketErrors.call(this, () -> market.trades(actor, id)).ifPresent(trades::setItems);
  }

  MarketParametersPanel parameters() {
    return parameters;
  }

  private void showStatus(MarketSummary summary) {
    status.removeAll();
    status.add(TradingFormats.marketStatus(this, summary.status()));
    status.getElement().setAttribute("data-status", summary.status());
    if (summary.statusReason() != null) {
      status.add(TradingFormats.statusReason(this, summary.statusReason()));
    }
  }

  private String reasonOrComplain() {
    String text = reason.getValue().trim();
    if (text.isEmpty()) {
      reason.setErrorMessage(getTranslation("market.ops.reasonRequired"));
      reason.setInvalid(true);
      return null;
    }
    reason.setInvalid(false);
    return text;
  }

  private void halt() {
    String id = selected();
    String why = reasonOrComplain();
    if (id == null || why == null) {
      return;
    }
    MarketErrors.call(this, () -> market.halt(actor, id, why))
        .ifPresent(
            s -> {
              Notifications.success(getTranslation("market.ops.halted", s.instrumentId()));
              reason.clear();
              refresh();
            });
  }

  private void resume() {
    String id = selected();
    if (id == null) {
      return;
    }
    MarketErrors.call(this, () -> market.resume(actor, id))
        .ifPresent(
            s -> {
              Notifications.success(getTranslation("market.ops.resumed", s.instrumentId()));
              refresh();
            });
  }

  private void confirmCancelAll() {
    String id = selected();
    String why = reasonOrComplain();
    if (id == null || why == null) {
      return;
    }
    Dialog confirm = new Dialog();
    confirm.setId("ops-cancel-all-confirm");
    confirm.setHeaderTitle(getTranslation("market.ops.cancelAll"));
    confirm.add(new Paragraph(getTranslation("market.ops.cancelAll.confirm", id, why)));
    Button yes =
        new Button(
            getTranslation("market.ops.cancelAll.yes"),
            e -> {
              confirm.close();
              MarketErrors.call(this, () -> market.cancelAll(actor, id, why))
                  .ifPresent(
                      n -> {
                        Notifications.success(getTranslation("market.ops.cancelledAll", n, id));
                        reason.clear();
                        refresh();
                      });
            });
    yes.setId("ops-cancel-all-yes");
    yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    confirm.getFooter().add(new Button(getTranslation("market.close"), e -> confirm.close()), yes);
    confirm.open();
  }

  private HorizontalLayout retryButton(TradeView trade) {
    HorizontalLayout cell = new HorizontalLayout();
    if (!"INCIDENT".equals(trade.settlement())) {
      return cell;
    }
    Button retry = new Button(getTranslation("market.ops.retry"));
    retry.setId("retry-trade-" + trade.tradeId());
    retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
    retry.setDisableOnClick(true);
    retry.addClickListener(
        e ->
            MarketErrors.call(this, () -> market.retrySettlement(actor, trade.tradeId()))
                .ifPresentOrElse(
                    t -> {
                      Notifications.success(
                          getTranslation(
                              "market.ops.retried",
                              t.tradeId(),
                              getTranslation("market.settlement." + t.settlement())));
                      refresh();
                    },
                    () -> retry.setEnabled(true)));
    cell.add(retry);
    return cell;
  }

  private void reconcile() {
    MarketErrors.call(this, () -> market.reconcile(actor)).ifPresent(this::showReport);
  }

  void showReport(ReconciliationReport report) {
    reconciliation.removeAll();
    Paragraph summary =
        new Paragraph(
            getTranslation(
                "market.ops.reconciled",
                Formats.time(report.checkedAt()),
                report.tradesChecked(),
                report.ordersChecked(),
                report.holdersChecked()));
    summary.setId("ops-reconciliation-summary");
    reconciliation.add(summary);
    Span verdict =
        new Span(
            report.differences().isEmpty()
                ? getTranslation("market.ops.reconciled.agree")
                : getTranslation("market.ops.reconciled.differ", report.differences().size()));
    verdict.setId("ops-reconciliation-verdict");
    verdict
        .getElement()
        .getThemeList()
        .add(report.differences().isEmpty() ? "badge success" : "badge error");
    reconciliation.add(verdict);
    if (!report.differences().isEmpty()) {
      UnorderedList list = new UnorderedList();
      list.setId("ops-reconciliation-differences");
      report.differences().forEach(d -> list.add(new ListItem(d)));
      reconciliation.add(list);
    }
  }
}
