package org.cornerstone.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.cornerstone.ledger.Holding;
import org.cornerstone.origination.application.AssetDetails;
import org.cornerstone.origination.application.AssetQueries;
import org.cornerstone.origination.application.IssuanceCertificateService;

/** One asset: its data, documents, decisions, the process steps so far, and the ledger outcome. */
@Route(value = "asset", layout = MainLayout.class)
@RolesAllowed({"ORIGINATOR", "TRUSTEE", "COMPLIANCE", "ADMIN"})
public class AssetDetailView extends VerticalLayout
    implements BeforeEnterObserver,
        HasDynamicTitle,
        com.vaadin.flow.router.HasUrlParameter<String> {
  private final AssetQueries queries;
  private final IssuanceCertificateService certificates;
  private String assetId;
  private String lastRendered;

  @Inject
  public AssetDetailView(AssetQueries queries, IssuanceCertificateService certificates) {
    this.queries = queries;
    this.certificates = certificates;
    setId("asset-detail-view");
    setMaxWidth("1100px");
    LiveRefresh.every(this, 2000, this::render);
  }

  @Override
  public void setParameter(com.vaadin.flow.router.BeforeEvent event, String parameter) {
    this.assetId = parameter;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    render();
  }

  @Override
  public String getPageTitle() {
    return (assetId == null ? "Asset" : assetId) + " | Cornerstone";
  }

  private void render() {
    Optional<AssetDetails> found = queries.asset(SignedIn.require(), assetId);
    String fingerprint = found.map(Object::toString).orElse("absent");
    if (fingerprint.equals(lastRendered)) {
      return;
    }
    lastRendered = fingerprint;
    removeAll();
    if (found.isEmpty()) {
      add(
          new H2(getTranslation("detail.notFound")),
          new Paragraph(getTranslation("detail.notFound.text", assetId)));
      return;
    }
    AssetDetails asset = found.get();
    var summary = asset.summary();
    Span status =
        Formats.statusBadge(summary.status(), getTranslation("status." + summary.status()));
    status.setId("asset-status");
    H2 title = new H2(summary.title());
    title.setId("asset-heading");
    HorizontalLayout heading = new HorizontalLayout(title, status);
    heading.setAlignItems(Alignment.CENTER);
    add(heading);

    Div facts = new Div();
    facts.addClassName("facts");
    fact(facts, getTranslation("detail.id"), summary.id(), "fact-id");
    fact(facts, getTranslation("detail.kind"), summary.kindLabel(), null);
    fact(facts, getTranslation("detail.address"), asset.address(), "fact-address");
    fact(facts, getTranslation("detail.jurisdiction"), asset.jurisdiction(), null);
    fact(facts, getTranslation("detail.value"), summary.appraisedValue(), null);
    fact(facts, getTranslation("detail.tokens"), Formats.number(summary.tokensToIssue()), null);
    fact(facts, getTranslation("detail.originator"), summary.originator(), null);
    fact(facts, getTranslation("detail.submitted"), Formats.time(summary.submittedAt()), null);
    if (asset.missingDocuments() != null) {
      fact(facts, getTranslation("detail.missing"), asset.missingDocuments(), "fact-missing");
    }
    if (asset.rejectionReason() != null) {
      fact(
          facts,
          getTranslation("detail.rejection"),
          asset.rejectionReason(),
          "fact-rejection-reason");
    }
    add(facts);

    if (asset.ledgerTransactionId() != null) {
      Div ledger = new Div();
      ledger.addClassName("ledger-box");
      ledger.add(new H3(getTranslation("detail.ledger")));
      Div ledgerFacts = new Div();
      ledgerFacts.addClassName("facts");
      fact(
          ledgerFacts,
          getTranslation("detail.tx"),
          asset.ledgerTransactionId(),
          "ledger-transaction-id");
      fact(
          ledgerFacts,
          getTranslation("detail.digest"),
          asset.diligenceDigest(),
          "diligence-digest");
      fact(
          ledgerFacts, getTranslation("detail.tokenized"), Formats.time(asset.tokenizedAt()), null);
      ledger.add(ledgerFacts);
      Grid<Holding> holders = new Grid<>();
      holders.setId("holders-grid");
      holders.addColumn(Holding::holder).setHeader(getTranslation("col.holder")).setFlexGrow(1);
      holders
          .addColumn(h -> Formats.number(h.quantity()))
          .setHeader(getTranslation("col.tokens"))
          .setAutoWidth(true);
      holders.setItems(asset.holders());
      holders.setAllRowsVisible(true);
      Anchor certificate =
          new Anchor(
              DownloadHandler.fromInputStream(
                  e -> {
                    byte[] pdf = certificates.certificate(SignedIn.require(), assetId);
                    return new DownloadResponse(
                        new ByteArrayInputStream(pdf),
                        "issuance-certificate-" + assetId + ".pdf",
                        "application/pdf",
                        pdf.length);
                  }),
              getTranslation("detail.certificate"));
      certificate.setId("download-certificate");
      ledger.add(holders, certificate);
      add(ledger);
    }

    add(new H3(getTranslation("detail.documents")));
    Grid<AssetDetails.DocumentInfo> documents = new Grid<>();
    documents.setId("documents-grid");
    documents
        .addColumn(AssetDetails.DocumentInfo::type)
        .setHeader(getTranslation("col.type"))
        .setAutoWidth(true);
    documents
        .addComponentColumn(this::documentLink)
        .setHeader(getTranslation("col.file"))
        .setFlexGrow(1);
    documents
        .addColumn(d -> String.format("%,d bytes", d.sizeBytes()))
        .setHeader(getTranslation("col.size"))
        .setAutoWidth(true);
    documents
        .addColumn(d -> d.sha256().substring(0, 16) + "…")
        .setHeader("SHA-256")
        .setAutoWidth(true);
    documents.setItems(asset.documents());
    documents.setAllRowsVisible(true);
    add(documents);

    if (!asset.decisions().isEmpty()) {
      add(new H3(getTranslation("detail.decisions")));
      Grid<AssetDetails.Decision> decisions = new Grid<>();
      decisions.setId("decisions-grid");
      decisions
          .addColumn(AssetDetails.Decision::step)
          .setHeader(getTranslation("col.step"))
          .setAutoWidth(true);
      decisions
          .addColumn(AssetDetails.Decision::decidedByName)
          .setHeader(getTranslation("col.by"))
          .setAutoWidth(true);
      decisions
          .addColumn(d -> getTranslation(d.approved() ? "detail.approved" : "detail.rejected"))
          .setHeader(getTranslation("col.decision"))
          .setAutoWidth(true);
      decisions
          .addColumn(d -> d.comment() == null ? "" : d.comment())
          .setHeader(getTranslation("col.comment"))
          .setFlexGrow(1);
      decisions
          .addColumn(d -> Formats.time(d.at()))
          .setHeader(getTranslation("col.when"))
          .setAutoWidth(true);
      decisions.setItems(asset.decisions());
      decisions.setAllRowsVisible(true);
      add(decisions);
    }

    add(new H3(getTranslation("detail.progress")));
    Grid<AssetDetails.Step> steps = new Grid<>();
    steps.setId("steps-grid");
    steps.addColumn(AssetDetails.Step::name).setHeader(getTranslation("col.step")).setFlexGrow(1);
    steps
        .addColumn(s -> Formats.time(s.started()))
        .setHeader(getTranslation("col.started"))
        .setAutoWidth(true);
    steps
        .addColumn(
            s -> s.ended() == null ? getTranslation("detail.waiting") : Formats.time(s.ended()))
        .setHeader(getTranslation("col.done"))
        .setAutoWidth(true);
    steps
        .addColumn(s -> s.by() == null ? "" : s.by())
        .setHeader(getTranslation("col.by"))
        .setAutoWidth(true);
    steps.setItems(asset.steps());
    steps.setAllRowsVisible(true);
    add(steps);
  }

  private Component documentLink(AssetDetails.DocumentInfo document) {
    return DocumentLinks.link(queries, assetId, document, document.fileName());
  }

  private static void fact(Div container, String label, String value, String id) {
    Div row = new Div();
    row.addClassName("fact");
    Span name = new Span(label);
    name.addClassName("fact-label");
    Span text = new Span(value == null ? "—" : value);
    text.addClassName("fact-value");
    if (id != null) {
      text.setId(id);
    }
    row.add(name, text);
    container.add(row);
  }
}
