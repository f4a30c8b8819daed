package org.cornerstone.servicing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.cornerstone.servicing.application.DistributionSummary;
import org.cornerstone.servicing.application.EntitlementView;
import org.cornerstone.servicing.domain.MinorUnits;

/** The entitlement table of a distribution and its totals (fits 1280 px: compact, auto widths). */
final class EntitlementTable {
  private EntitlementTable() {}

  static Grid<EntitlementView> grid(String id, String currency, List<EntitlementView> rows) {
    Grid<EntitlementView> grid = new Grid<>();
    grid.setId(id);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.addColumn(e -> shortName(e.holder()))
        .setHeader(grid.getTranslation("servicing.col.holder"))
        .setFlexGrow(2)
        .setTooltipGenerator(EntitlementView::holder);
    grid.addColumn(e -> String.format("%,d", e.quantity()))
        .setHeader(grid.getTranslation("servicing.col.quantity"))
        .setAutoWidth(true);
    grid.addColumn(e -> MinorUnits.format(e.grossMinor(), currency) + (e.roundedUp() ? " +" : ""))
        .setHeader(grid.getTranslation("servicing.col.gross"))
        .setAutoWidth(true);
    grid.addColumn(e -> (e.country().isEmpty() ? "—" : e.country()) + " / " + e.category())
        .setHeader(grid.getTranslation("servicing.col.investor"))
        .setAutoWidth(true);
    grid.addColumn(e -> String.format("%.2f %%", e.withholdingBps() / 100.0))
        .setHeader(grid.getTranslation("servicing.col.rate"))
        .setAutoWidth(true);
    grid.addColumn(e -> MinorUnits.format(e.taxMinor(), currency))
        .setHeader(grid.getTranslation("servicing.col.tax"))
        .setAutoWidth(true);
    grid.addColumn(e -> MinorUnits.format(e.netMinor(), currency))
        .setHeader(grid.getTranslation("servicing.col.net"))
        .setAutoWidth(true);
    grid.addColumn(e -> grid.getTranslation("servicing.state." + e.state()))
        .setHeader(grid.getTranslation("servicing.col.state"))
        .setAutoWidth(true);
    grid.setItems(rows);
    grid.setAllRowsVisible(true);
    grid.setWidthFull();
    return grid;
  }

  /** Totals under the table: gross (= the net amount declared), tax, paid to holders, remainder. */
  static Div totals(String id, DistributionSummary s, List<EntitlementView> rows) {
    long gross = rows.stream().mapToLong(EntitlementView::grossMinor).sum();
    long tax = rows.stream().mapToLong(EntitlementView::taxMinor).sum();
    long net = rows.stream().mapToLong(EntitlementView::netMinor).sum();
    long roundedUp = rows.stream().filter(EntitlementView::roundedUp).count();
    Div totals = new Div();
    totals.setId(id);
    totals.addClassName("facts");
    fact(
        totals,
        totals.getTranslation("servicing.total.gross"),
        MinorUnits.format(gross, s.currency()),
        id + "-gross");
    fact(
        totals,
        totals.getTranslation("servicing.total.tax"),
        MinorUnits.format(tax, s.currency()),
        id + "-tax");
    fact(
        totals,
        totals.getTranslation("servicing.total.net"),
        MinorUnits.format(net, s.currency()),
        id + "-net");
    fact(
        totals,
        totals.getTranslation("servicing.total.remainder"),
        totals.getTranslation(
            "servicing.total.remainder.value",
            MinorUnits.format(roundedUp, s.currency()),
            roundedUp),
        id + "-remainder");
    return totals;
  }

  static void fact(Div container, String label, String value, String id) {
    Div row = new Div();
    row.addClassName("fact");
    Span name = new Span(label);
    name.addClassName("fact-label");
    Span text = new Span(value);
    text.addClassName("fact-value");
    if (id != null) {
      text.setId(id);
    }
    row.add(name, text);
    container.add(row);
  }

  /** The organisation (O=) of an X.500 name, or the whole name. */
  static String shortName(String x500) {
    for (String part : x500.split(",")) {
      String p = part.strip();
      if (p.startsWith("O=")) {
        return p.substring(2);
      }
    }
    return x500;
  }
}
