package org.cornerstone.financing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.cornerstone.financing.application.FinancingOverview;
import org.cornerstone.financing.domain.OutstandingSummary;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.SignedIn;

/**
 * The trustee's and regulator's overview of supply-chain finance: outstanding payable certificates
 * per obligor (issued, outstanding, overdue, maturing within 30 days, share of all outstanding, the
 * largest holder's share) and per tier of holder.
 */
@Menu(title = "nav.financingOverview", order = 72, icon = "vaadin:chart-grid")
@Route(value = "financing-overview", layout = MainLayout.class)
@PageTitle("Supply-chain finance | Cornerstone")
@RolesAllowed({"TRUSTEE", "SENIOR_TRUSTEE", "COMPLIANCE", "REGISTRAR", "AUDITOR", "ADMIN"})
public class FinancingOverviewView extends VerticalLayout {
  @Inject
  public FinancingOverviewView(FinancingOverview overview) {
    setId("financing-overview");
    add(new H2(getTranslation("financing.overview.heading")));
    FinancingOverview.Overview o = overview.overview(SignedIn.require());
    add(new Paragraph(getTranslation("financing.overview.asOf", o.summary().asOf())));
    if (o.summary().obligors().isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("financing.overview.none"));
      none.setId("financing-overview-none");
      add(none);
      return;
    }
    add(new H3(getTranslation("financing.overview.byObligor")), obligors(o));
    add(new H3(getTranslation("financing.overview.byTier")), tiers(o));
  }

  private Grid<OutstandingSummary.ObligorLine> obligors(FinancingOverview.Overview o) {
    Grid<OutstandingSummary.ObligorLine> grid = new Grid<>();
    grid.setId("financing-overview-obligors");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true);
    grid.addColumn(l -> o.name(l.obligorOrganisation()))
        .setHeader(getTranslation("financing.overview.obligor"))
        .setAutoWidth(true);
    grid.addColumn(OutstandingSummary.ObligorLine::certificates)
        .setHeader(getTranslation("financing.overview.certificates"))
        .setAutoWidth(true);
    grid.addColumn(l -> Formats.money(l.issuedMinor(), l.currency()))
        .setHeader(getTranslation("financing.overview.issued"))
        .setAutoWidth(true);
    grid.addColumn(l -> Formats.money(l.outstandingMinor(), l.currency()))
        .setHeader(getTranslation("financing.overview.outstanding"))
        .setAutoWidth(true);
    grid.addColumn(l -> Formats.money(l.overdueMinor(), l.currency()))
        .setHeader(getTranslation("financing.overview.overdue"))
        .setAutoWidth(true);
    grid.addColumn(l -> Formats.money(l.maturingWithin30DaysMinor(), l.currency()))
        .setHeader(getTranslation("financing.overview.maturing"))
        .setAutoWidth(true);
    grid.addColumn(l -> l.sharePercent() + " %")
        .setHeader(getTranslation("financing.overview.share"))
        .setAutoWidth(true);
    grid.addColumn(
            l ->
                l.largestHolder() == null
                    ? "—"
                    : o.name(l.largestHolder()) + " (" + l.largestHolderSharePercent() + " %)")
        .setHeader(getTranslation("financing.overview.largestHolder"))
        .setAutoWidth(true);
    grid.setItems(o.summary().obligors());
    return grid;
  }

  private Grid<OutstandingSummary.TierLine> tiers(FinancingOverview.Overview o) {
    Grid<OutstandingSummary.TierLine> grid = new Grid<>();
    grid.setId("financing-overview-tiers");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true);
    grid.addColumn(t -> getTranslation("financing.tier." + t.tier().name()))
        .setHeader(getTranslation("financing.overview.tier"))
        .setAutoWidth(true);
    grid.addColumn(OutstandingSummary.TierLine::holders)
        .setHeader(getTranslation("financing.overview.holders"))
        .setAutoWidth(true);
    grid.addColumn(t -> Formats.money(t.outstandingMinor(), t.currency()))
        .setHeader(getTranslation("financing.overview.outstanding"))
        .setAutoWidth(true);
    grid.setItems(o.summary().tiers());
    return grid;
  }
}
