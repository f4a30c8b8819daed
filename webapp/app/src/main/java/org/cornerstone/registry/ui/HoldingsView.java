package org.cornerstone.registry.ui;

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
import java.util.List;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingChange;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.registry.application.HoldingQueries;
import org.cornerstone.registry.application.LedgerProofs;
import org.cornerstone.registry.controls.application.HolderTransfers;
import org.cornerstone.registry.controls.application.IssuerAgentActions;
import org.cornerstone.registry.controls.ui.HolderActionsPanel;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.SignedIn;

/**
 * What the user's organisation holds on the ledger; a selected holding's history, each transaction
 * with its proof from the ledger's signed log as a download (the document {@code GET
 * /api/v1/ledger/transactions/{id}/proof} answers).
 */
@Menu(title = "nav.holdings", order = 60, icon = "vaadin:wallet")
@Route(value = "holdings", layout = MainLayout.class)
@PageTitle("Holdings | Cornerstone")
@RolesAllowed({"INVESTOR", "ORIGINATOR"})
public class HoldingsView extends VerticalLayout {
  @Inject
  public HoldingsView(
      HoldingQueries holdings,
      IssuerAgentActions actions,
      HolderTransfers transfers,
      LedgerProofs proofs) {
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

    Actor actor = SignedIn.require();
    H3 historyHeading = new H3(getTranslation("holdings.history.pick"));
    historyHeading.setId("holding-history-heading");
    Grid<HoldingChange> history = history(proofs, actor);
    history.setVisible(false);
    grid.asSingleSelect()
        .addValueChangeListener(
            e -> {
              Holding holding = e.getValue();
              history.setVisible(holding != null);
              if (holding == null) {
                historyHeading.setText(getTranslation("holdings.history.pick"));
                return;
              }
              historyHeading.setText(
                  getTranslation("holdings.history.heading", holding.instrumentId()));
              List<HoldingChange> changes;
              try {
                changes = holdings.historyOf(holding.instrumentId(), holding.holder().x500());
                history.setEmptyStateText(getTranslation("holdings.history.empty"));
              } catch (LedgerException noHistory) {
                changes = List.of();
                history.setEmptyStateText(getTranslation("holdings.history.unavailable"));
              }
              history.setItems(changes);
            });
    add(
        new H2(getTranslation("holdings.heading")),
        new Paragraph(getTranslation("holdings.intro")),
        grid,
        historyHeading,
        new Paragraph(getTranslation("holdings.history.intro")),
        history,
        new HolderActionsPanel(actions, transfers, actor));
  }

  private Grid<HoldingChange> history(LedgerProofs proofs, Actor actor) {
    Grid<HoldingChange> history = new Grid<>();
    history.setId("holding-history");
    history
        .addColumn(c -> Formats.time(c.committedAt()))
        .setHeader(getTranslation("holdings.col.committed"))
        .setAutoWidth(true);
    history
        .addColumn(c -> String.join(", ", c.commands()))
        .setHeader(getTranslation("holdings.col.commands"))
        .setAutoWidth(true);
    history
        .addColumn(c -> (c.quantityChange() > 0 ? "+" : "") + Formats.number(c.quantityChange()))
        .setHeader(getTranslation("holdings.col.change"))
        .setAutoWidth(true);
    history
        .addColumn(HoldingChange::transactionId)
        .setHeader(getTranslation("holdings.col.transaction"))
        .setFlexGrow(1);
    if (proofs.available()) {
      history
          .addComponentColumn(c -> proofLink(proofs, actor, c.transactionId()))
          .setHeader(getTranslation("holdings.col.proof"))
          .setAutoWidth(true);
    }
    history.setAllRowsVisible(true);
    return history;
  }

  /**
   * The proof as a file; fetched when clicked, outside the session lock (the actor is passed in),
   * and checked again then: a transaction the organisation is not party to is a 404.
   */
  private Anchor proofLink(LedgerProofs proofs, Actor actor, String transactionId) {
    String fileName =
        "proof-"
            + transactionId
                .replace("SHA-256:", "")
                .substring(0, Math.min(16, transactionId.length() - 8))
            + ".json";
    Anchor link =
        new Anchor(
            DownloadHandler.fromInputStream(
                e -> {
                  try {
                    byte[] json =
                        proofs
                            .transactionProof(actor, transactionId)
                            .json()
                            .getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                        new ByteArrayInputStream(json), fileName, "application/json", json.length);
                  } catch (NotFoundException notParty) {
                    return DownloadResponse.error(404);
                  }
                }),
            getTranslation("holdings.proof.download"));
    link.getElement().setAttribute("download", true);
    link.addClassName("proof-download");
    link.getElement().setAttribute("data-transaction", transactionId);
    return link;
  }
}
