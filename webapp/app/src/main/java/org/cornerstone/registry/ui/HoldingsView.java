package org.cornerstone.registry.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.registry.application.HoldingQueries;
import org.cornerstone.registry.controls.application.HolderTransfers;
import org.cornerstone.registry.controls.application.IssuerAgentActions;
import org.cornerstone.registry.controls.ui.HolderActionsPanel;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.SignedIn;

/** What the user's organisation holds on the ledger. */
@Menu(title = "nav.holdings", order = 60, icon = "vaadin:wallet")
@Route(value = "holdings", layout = MainLayout.class)
@PageTitle("Holdings | Cornerstone")
@RolesAllowed({"INVESTOR", "ORIGINATOR"})
public class HoldingsView extends VerticalLayout {
  @Inject
  public HoldingsView(
      HoldingQueries holdings, IssuerAgentActions actions, HolderTransfers transfers) {
    setId("holdings-view");
    Grid<Holding> grid = new Grid<>();
    grid.setId("holdings-grid");
    grid.addColumn(Holding::instrumentId).setHeader(getTranslation("col.asset")).setAutoWidth(true);
    grid.addColumn(h -> Formats.number(h.quantity()))
        .setHeader(getTranslation("col.tokens"))
        .setAutoWidth(true);
    grid.addColumn(h -> Formats.number(h.frozenQuantity()))
        .setHeader(getTranslation("action.frozen"))
        .setAutoWidth(true);
    grid.addColumn(h -> h.holder().x500()).setHeader(getTranslation("col.holder")).setFlexGrow(1);
    grid.setEmptyStateText(getTranslation("holdings.empty"));
    grid.setItems(holdings.myHoldings(SignedIn.require()));
    grid.setAllRowsVisible(true);
    add(
        new H2(getTranslation("holdings.heading")),
        new Paragraph(getTranslation("holdings.intro")),
        grid,
        new HolderActionsPanel(actions, transfers, SignedIn.require()));
  }
}
