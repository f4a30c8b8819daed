package org.cornerstone.registry.controls.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.cornerstone.registry.controls.application.ActionView;
import org.cornerstone.registry.controls.application.IssuerAgentActions;
import org.cornerstone.shared.Actor;
import org.cornerstone.ui.base.Formats;

/** The grid of issuer-agent actions the registrar's screen and the audit view share. */
final class ActionGrids {
  private ActionGrids() {}

  static Grid<ActionView> grid(Component owner, IssuerAgentActions actions, Actor me) {
    Grid<ActionView> grid = new Grid<>();
    grid.addColumn(a -> Formats.time(a.requestedAt()))
        .setHeader(owner.getTranslation("col.when"))
        .setAutoWidth(true);
    grid.addColumn(ActionView::instrumentId)
        .setHeader(owner.getTranslation("col.asset"))
        .setAutoWidth(true);
    grid.addColumn(a -> owner.getTranslation("action.kind." + a.kind()))
        .setHeader(owner.getTranslation("col.kind"))
        .setAutoWidth(true);
    grid.addColumn(a -> dash(a.holder())).setHeader(owner.getTranslation("col.holder"));
    grid.addColumn(a -> dash(a.recipient())).setHeader(owner.getTranslation("action.recipient"));
    grid.addColumn(
            a ->
                a.quantity() == null
                    ? owner.getTranslation("action.whole")
                    : Formats.number(a.quantity()))
        .setHeader(owner.getTranslation("col.tokens"))
        .setAutoWidth(true);
    grid.addColumn(ActionView::reason).setHeader(owner.getTranslation("action.reason"));
    grid.addComponentColumn(a -> status(owner, a.status()))
        .setHeader(owner.getTranslation("col.status"))
        .setAutoWidth(true);
    grid.addColumn(ActionView::requestedByName)
        .setHeader(owner.getTranslation("action.requester"))
        .setAutoWidth(true);
    grid.addColumn(a -> dash(a.decidedByName()))
        .setHeader(owner.getTranslation("action.approver"))
        .setAutoWidth(true);
    grid.addComponentColumn(a -> evidence(actions, me, a))
        .setHeader(owner.getTranslation("action.evidence"));
    grid.addColumn(a -> dash(a.ledgerTransactionId()))
        .setHeader(owner.getTranslation("action.ledgerTransaction"));
    grid.setAllRowsVisible(true);
    grid.setEmptyStateText(owner.getTranslation("action.none"));
    return grid;
  }

  static Span status(Component owner, String status) {
    Span badge = new Span(owner.getTranslation("action.status." + status));
    String theme =
        switch (status) {
          case "EXECUTED" -> "badge success";
          case "REJECTED" -> "badge error";
          default -> "badge";
        };
    badge.getElement().getThemeList().add(theme);
    badge.getElement().setAttribute("data-status", status);
    badge.addClassName("action-status");
    return badge;
  }

  /** The evidence file, named by its SHA-256 prefix, downloadable. */
  static Component evidence(IssuerAgentActions actions, Actor me, ActionView a) {
    if (a.evidenceSha256() == null) {
      return new Span("—");
    }
    Anchor link =
        new Anchor(
            DownloadHandler.fromInputStream(
                e ->
                    actions
                        .evidence(me, a.id())
                        .map(
                            f ->
                                new DownloadResponse(
                                    new ByteArrayInputStream(f.content()),
                                    f.fileName(),
                                    f.mediaType(),
                                    f.content().length))
                        .orElse(DownloadResponse.error(404))),
            a.evidenceFileName() + " (SHA-256 " + a.evidenceSha256().substring(0, 12) + "…)");
    link.getElement().setAttribute("title", a.evidenceSha256());
    link.addClassName("evidence-link");
    return link;
  }

  static String dash(String text) {
    return text == null || text.isBlank() ? "—" : text;
  }
}
