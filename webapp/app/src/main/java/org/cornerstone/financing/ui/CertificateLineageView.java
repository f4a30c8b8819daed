package org.cornerstone.financing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.cornerstone.financing.application.CertificateLineage;
import org.cornerstone.financing.application.LineageView;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.SignedIn;

/**
 * A certificate's lineage (流转路径): the tree from the first holder to every organisation it passed
 * to, and each current holder's amount by the recorded hops next to the ledger's, with a clear line
 * when they disagree.
 */
@Route(value = "certificates/:id/lineage", layout = MainLayout.class)
@PageTitle("Lineage | Cornerstone")
@RolesAllowed({
  "TRUSTEE",
  "SENIOR_TRUSTEE",
  "COMPLIANCE",
  "REGISTRAR",
  "ADMIN",
  "AUDITOR",
  "DEBTOR",
  "SUPPLIER",
  "FINANCIER"
})
public class CertificateLineageView extends VerticalLayout implements BeforeEnterObserver {
  private final CertificateLineage lineage;

  @Inject
  public CertificateLineageView(CertificateLineage lineage) {
    this.lineage = lineage;
    setId("certificate-lineage");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    render(SignedIn.require(), event.getRouteParameters().get("id").orElse(""));
  }

  private void render(Actor actor, String id) {
    removeAll();
    add(new H2(getTranslation("financing.lineage.heading", id)));
    LineageView view;
    try {
      view = lineage.lineage(actor, id);
    } catch (NotFoundException | AccessDeniedException e) {
      Paragraph missing = new Paragraph(getTranslation("financing.lineage.missing", id));
      missing.setId("lineage-missing");
      add(missing);
      return;
    }
    String currency = view.certificate().currency();
    Paragraph facts =
        new Paragraph(
            getTranslation(
                "financing.lineage.facts",
                Formats.money(view.certificate().faceValueMinor(), currency),
                view.certificate().maturityDate(),
                view.certificate().invoiceNumber()));
    facts.setId("lineage-facts");
    add(facts);

    Grid<LineageView.Node> tree = new Grid<>();
    tree.setId("lineage-tree");
    tree.addThemeVariants(GridVariant.LUMO_COMPACT);
    tree.addColumn(
            n -> "\u3000".repeat(n.depth()) + (n.depth() == 0 ? "● " : "└ ") + n.organisationName())
        .setHeader(getTranslation("financing.col.holder"))
        .setFlexGrow(1);
    tree.addColumn(n -> Formats.money(n.receivedMinor(), currency))
        .setHeader(getTranslation("financing.col.received"))
        .setAutoWidth(true);
    tree.setItems(view.nodes());
    tree.setAllRowsVisible(true);
    tree.setWidthFull();
    add(new H3(getTranslation("financing.lineage.tree")), tree);

    Grid<LineageView.Holder> holders = new Grid<>();
    holders.setId("lineage-holders");
    holders.addThemeVariants(GridVariant.LUMO_COMPACT);
    holders
        .addColumn(LineageView.Holder::organisationName)
        .setHeader(getTranslation("financing.col.holder"))
        .setFlexGrow(1);
    holders
        .addColumn(h -> Formats.money(h.byHopsMinor(), currency))
        .setHeader(getTranslation("financing.col.byHops"))
        .setAutoWidth(true);
    holders
        .addColumn(h -> Formats.money(h.onLedgerMinor(), currency))
        .setHeader(getTranslation("financing.col.onLedger"))
        .setAutoWidth(true);
    holders
        .addColumn(h -> h.frozenMinor() == 0 ? "" : Formats.money(h.frozenMinor(), currency))
        .setHeader(getTranslation("financing.col.frozen"))
        .setAutoWidth(true);
    holders
        .addColumn(h -> h.redeemedMinor() == 0 ? "" : Formats.money(h.redeemedMinor(), currency))
        .setHeader(getTranslation("financing.col.redeemed"))
        .setAutoWidth(true);
    holders
        .addColumn(
            h ->
                getTranslation(
                    h.agrees() ? "financing.lineage.agrees" : "financing.lineage.differs"))
        .setHeader(getTranslation("financing.col.check"))
        .setAutoWidth(true);
    holders.setItems(view.holders());
    holders.setAllRowsVisible(true);
    holders.setWidthFull();
    add(new H3(getTranslation("financing.lineage.holders")), holders);

    Paragraph check =
        new Paragraph(
            getTranslation(
                view.agrees() ? "financing.lineage.allAgree" : "financing.lineage.disagree"));
    check.setId("lineage-check");
    add(check);
  }
}
