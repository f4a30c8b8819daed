package org.cornerstone.trading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.cornerstone.shared.Actor;
import org.cornerstone.trading.application.MarketParameterDesk;
import org.cornerstone.trading.application.MarketParametersView;
import org.cornerstone.trading.application.ParameterChangeRequest;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.Notifications;

/**
 * Market operations' form for a market's parameters: tick size, lot size, price band, fee (bps of
 * the notional, rounded half up to the cent) and minimum fee, with the reason; below, every change
 * (who, when, old → new). Orders already on the book stay, even off the new tick or lot.
 */
final class MarketParametersPanel extends VerticalLayout {
  private final MarketParameterDesk desk;
  private final Actor actor;
  private final TextField tick = new TextField();
  private final IntegerField lot = new IntegerField();
  private final IntegerField band = new IntegerField();
  private final IntegerField fee = new IntegerField();
  private final TextField minFee = new TextField();
  private final TextField why = new TextField();
  private final Span current = new Span();
  private final Grid<MarketParametersView.Change> changes = new Grid<>();
  private String instrumentId;
  private final Button save;

  MarketParametersPanel(MarketParameterDesk desk, Actor actor) {
    this.desk = desk;
    this.actor = actor;
    setId("ops-parameters");
    setPadding(false);
    tick.setId("params-tick");
    tick.setLabel(getTranslation("market.params.tick"));
    tick.setWidth("8em");
    lot.setId("params-lot");
    lot.setLabel(getTranslation("market.params.lot"));
    lot.setMin(1);
    lot.setWidth("8em");
    band.setId("params-band");
    band.setLabel(getTranslation("market.params.band"));
    band.setMin(1);
    band.setMax(50);
    band.setWidth("8em");
    fee.setId("params-fee");
    fee.setLabel(getTranslation("market.params.fee"));
    fee.setMin(0);
    fee.setMax(100);
    fee.setWidth("8em");
    minFee.setId("params-min-fee");
    minFee.setLabel(getTranslation("market.params.minFee"));
    minFee.setWidth("8em");
    why.setId("params-reason");
    why.setLabel(getTranslation("market.ops.reason"));
    why.setMaxLength(500);
    why.setWidth("18em");
    save = new Button(getTranslation("market.params.save"), e -> save());
    save.setEnabled(false);
    save.setId("params-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    current.setId("params-current");
    HorizontalLayout fields = new HorizontalLayout(tick, lot, band, fee, minFee, why, save);
    fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    fields.setWrap(true);

    changes.setId("params-changes");
    changes
        .addColumn(c -> Formats.time(c.changedAt()))
        .setHeader(getTranslation("market.params.col.when"))
        .setAutoWidth(true);
    changes
        .addColumn(MarketParametersView.Change::changedBy)
        .setHeader(getTranslation("market.params.col.who"))
        .setAutoWidth(true);
    changes
        .addColumn(this::describe)
        .setHeader(getTranslation("market.params.col.change"))
        .setFlexGrow(1);
    changes
        .addColumn(c -> TradingFormats.orDash(c.reason()))
        .setHeader(getTranslation("market.ops.reason"))
        .setAutoWidth(true);
    changes.setAllRowsVisible(true);
    changes.setEmptyStateText(getTranslation("market.params.none"));
    add(current, fields, new Paragraph(getTranslation("market.params.restingStay")), changes);
  }

  /** Shows the instrument's parameters and changes. */
  void show(String instrument) {
    instrumentId = instrument;
    save.setEnabled(instrument != null);
    if (instrument == null) {
      return;
    }
    MarketErrors.call(this, () -> desk.parameters(actor, instrument)).ifPresent(this::fill);
  }

  private void fill(MarketParametersView v) {
    tick.setValue(v.tickSize());
    lot.setValue((int) Math.min(Integer.MAX_VALUE, v.lotSize()));
    band.setValue(v.bandPercent());
    fee.setValue(v.feeBps());
    minFee.setValue(v.minFee());
    tick.setPrefixComponent(new Span(v.currency()));
    minFee.setPrefixComponent(new Span(v.currency()));
    current.setText(
        getTranslation(
            "market.params.current",
            v.currency() + " " + v.tickSize(),
            Formats.number(v.lotSize()),
            v.bandPercent(),
            v.fee()));
    changes.setItems(v.changes());
  }

  private void save() {
    if (instrumentId == null) {
      return;
    }
    ParameterChangeRequest request =
        new ParameterChangeRequest(
            tick.getValue(),
            lot.getValue() == null ? null : lot.getValue().longValue(),
            band.getValue(),
            fee.getValue(),
            minFee.getValue(),
            why.getValue());
    String id = instrumentId;
    MarketErrors.call(this, () -> desk.change(actor, id, request))
        .ifPresent(
            v -> {
              Notifications.success(getTranslation("market.params.saved", id));
              why.clear();
              fill(v);
            });
  }

  private String describe(MarketParametersView.Change c) {
    StringBuilder out = new StringBuilder();
    part(out, "market.params.tick", c.oldTickSize(), c.newTickSize());
    part(out, "market.params.lot", String.valueOf(c.oldLotSize()), String.valueOf(c.newLotSize()));
    part(
        out,
        "market.params.band",
        String.valueOf(c.oldBandPercent()),
        String.valueOf(c.newBandPercent()));
    part(out, "market.params.fee", String.valueOf(c.oldFeeBps()), String.valueOf(c.newFeeBps()));
    part(out, "market.params.minFee", c.oldMinFee(), c.newMinFee());
    return out.toString();
  }

  private void part(StringBuilder out, String key, String before, String after) {
    if (!before.equals(after)) {
      if (!out.isEmpty()) {
        out.append("; ");
      }
      out.append(getTranslation(key)).append(' ').append(before).append(" → ").append(after);
    }
  }
}
