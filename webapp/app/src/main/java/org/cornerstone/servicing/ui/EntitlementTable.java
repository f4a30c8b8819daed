package org.cornerstone.servicing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import org.cornerstone.servicing.application.DistributionSummary;
import org.cornerstone.servicing.application.EntitlementView;
import org.cornerstone.servicing.domain.HeldEntitlements;
import org.cornerstone.servicing.domain.MinorUnits;
import org.cornerstone.servicing.domain.StoredEntitlement;

/** The entitlement table of a distribution and its totals (fits 1280 px: compact, auto widths). */
final class EntitlementTable {
  private EntitlementTable() {}

  static Grid<EntitlementView> grid(String id, String currency, List<EntitlementView> rows) {
    return grid(id, currency, rows, null);
  }

  /** The table; with {@code release}, a "Release" button on each held entitlement. */
  static Grid<EntitlementView> grid(
      String id, String currency, List<EntitlementView> rows, Consumer<EntitlementView> release) {
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
    grid.addColumn(e -> state(grid, e))
        .setHeader(grid.getTranslation("servicing.col.state"))
        .setAutoWidth(true)
        .setTooltipGenerator(e -> e.ledgerTransaction() == null ? "" : e.ledgerTransaction());
    if (release != null && rows.stream().anyMatch(e -> StoredEntitlement.HELD.equals(e.state()))) {
      grid.addComponentColumn(
              e -> {
                if (!StoredEntitlement.HELD.equals(e.state())) {
                  return new Span();
                }
                Button button = new Button(grid.getTranslation("servicing.release"));
                button.setId("release-" + rows.indexOf(e));
                button.addClassName("release-held");
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                button.setDisableOnClick(true);
                button.addClickListener(click -> release.accept(e));
                return button;
              })
          .setHeader(grid.getTranslation("servicing.col.release"))
          .setAutoWidth(true);
    }
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

  /** The state as a word; a released entitlement names the trustee who released it. */
  static String state(Grid<?> grid, EntitlementView e) {
    String word = grid.getTranslation("servicing.state." + e.state());
    return e.releasedBy() == null
        ? word
        : grid.getTranslation("servicing.state.released", word, e.releasedBy());
  }

  /**
   * The entitlements by state: paid, held, retained by the payer, pending, and their sum, which
   * equals the net amount declared to the cent.
   */
  static Div byState(String id, DistributionSummary s, HeldEntitlements.Totals t) {
    String c = s.currency();
    Div totals = new Div();
    totals.setId(id);
    totals.addClassName("facts");
    fact(
        totals,
        totals.getTranslation("servicing.total.paid"),
        c + " " + MinorUnits.format(t.paidMinor(), c),
        id + "-paid");
    fact(
        totals,
        totals.getTranslation("servicing.total.held", t.heldHolders()),
        c + " " + MinorUnits.format(t.heldMinor(), c),
        id + "-held");
    if (t.retainedMinor() > 0) {
      fact(
          totals,
          totals.getTranslation("servicing.total.retained"),
          c + " " + MinorUnits.format(t.retainedMinor(), c),
          id + "-retained");
    }
    if (t.pendingMinor() > 0) {
      fact(
          totals,
          totals.getTranslation("servicing.total.pending"),
          c + " " + MinorUnits.format(t.pendingMinor(), c),
          id + "-pending");
    }
    boolean adds = t.entitledMinor() == s.netMinor();
    fact(
        totals,
        totals.getTranslation("servicing.total.sum"),
        c
            + " "
            + MinorUnits.format(t.entitledMinor(), c)
            + (adds ? " = " : " ≠ ")
            + totals.getTranslation("servicing.total.declared", MinorUnits.format(s.netMinor(), c)),
        id + "-sum");
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
