package org.cornerstone.origination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
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
import org.cornerstone.origination.application.AssetDetails;
import org.cornerstone.origination.application.AssetQueries;
import org.cornerstone.origination.application.AssetSubmissionService;
import org.cornerstone.origination.application.IssuanceCertificateService;
import org.cornerstone.origination.domain.AssetKind;
import org.cornerstone.origination.domain.DocumentType;
import org.cornerstone.platform.Settings;
import org.cornerstone.registry.application.TransferRuleService;
import org.cornerstone.registry.ui.RuleSetPanels;
import org.cornerstone.reporting.application.PerformanceReportService;
import org.cornerstone.reporting.ui.ReportDownloads;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.LiveRefresh;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;

/** One asset: its data, documents, decisions, the process steps so far, and the ledger outcome. */
@Route(value = "asset", layout = MainLayout.class)
@RolesAllowed({"ORIGINATOR", "TRUSTEE", "SENIOR_TRUSTEE", "COMPLIANCE", "LEGAL", "VALUER", "ADMIN"})
public class AssetDetailView extends VerticalLayout
    implements BeforeEnterObserver,
        HasDynamicTitle,
        com.vaadin.flow.router.HasUrlParameter<String> {
  private final AssetQueries queries;
  private final IssuanceCertificateService certificates;
  private final AssetSubmissionService submissions;
  private final Settings settings;
  private final TransferRuleService transferRules;
  private final PerformanceReportService performance;
  private String assetId;
  private String lastRendered;

  @Inject
  public AssetDetailView(
      AssetQueries queries,
      IssuanceCertificateService certificates,
      AssetSubmissionService submissions,
      Settings settings,
      TransferRuleService transferRules,
      PerformanceReportService performance) {
    this.queries = queries;
    this.performance = performance;
    this.transferRules = transferRules;
    this.certificates = certificates;
    this.submissions = submissions;
    this.settings = settings;
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
    // downloads run without the session lock: read the signed-in user now
    Actor me = SignedIn.require();
    var summary = asset.summary();
    Span status =
        Formats.statusBadge(summary.status(), getTranslation("status." + summary.status()));
    status.setId("asset-status");
    H2 title = new H2(summary.title());
    title.setId("asset-heading");
    HorizontalLayout heading = new HorizontalLayout(title, status);
    heading.setAlignItems(Alignment.CENTER);
    add(heading);

    Button process =
        new Button(
            getTranslation("detail.showProcess"),
            VaadinIcon.SITEMAP.create(),
            e -> getUI().ifPresent(ui -> ui.navigate(ProcessDiagramView.class, assetId)));
    process.setId("show-process");
    process.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    heading.add(process);
    add(AssetPanels.facts(this, asset));
    if (asset.reworkTaskId() != null && SignedIn.require().userId().equals(summary.originator())) {
      add(reworkForm(asset));
    }
    AssetPanels.valuation(this, asset).ifPresent(this::add);

    if (asset.ledgerTransactionId() != null) {
      Div ledger = new Div();
      ledger.addClassName("ledger-box");
      ledger.add(new H3(getTranslation("detail.ledger")));
      Div ledgerFacts = new Div();
      ledgerFacts.addClassName("facts");
      AssetPanels.fact(
          ledgerFacts,
          getTranslation("detail.tx"),
          asset.ledgerTransactionId(),
          "ledger-transaction-id");
      AssetPanels.fact(
          ledgerFacts,
          getTranslation("detail.digest"),
          asset.diligenceDigest(),
          "diligence-digest");
      AssetPanels.fact(
          ledgerFacts, getTranslation("detail.tokenized"), Formats.time(asset.tokenizedAt()), null);
      ledger.add(ledgerFacts);
      Grid<AssetDetails.Holder> holders = new Grid<>();
      holders.setId("holders-grid");
      holders
          .addColumn(AssetDetails.Holder::holder)
          .setHeader(getTranslation("col.holder"))
          .setFlexGrow(1);
      holders
          .addColumn(h -> Formats.number(h.quantity()))
          .setHeader(getTranslation("col.tokens"))
          .setAutoWidth(true);
      holders.setItems(asset.holders());
      holders.setAllRowsVisible(true);
      if (asset.holdersUnavailable() != null) {
        ledger.add(
            new Span(getTranslation("asset.holders-unavailable", asset.holdersUnavailable())));
      }
      Anchor certificate =
          new Anchor(
              DownloadHandler.fromInputStream(
                  e -> {
                    byte[] pdf = certificates.certificate(me, assetId);
                    return new DownloadResponse(
                        new ByteArrayInputStream(pdf),
                        "issuance-certificate-" + assetId + ".pdf",
                        "application/pdf",
                        pdf.length);
                  }),
              getTranslation("detail.certificate"));
      certificate.setId("download-certificate");
      ledger.add(holders, certificate);
      if (me.has(Role.TRUSTEE) || me.has(Role.SENIOR_TRUSTEE) || me.has(Role.ADMIN)) {
        ledger.add(ReportDownloads.performanceReport(this, performance, me, assetId, getLocale()));
      }
      add(ledger);
      // the instrument of an asset's tokens has the asset's id
      add(
          new H3(getTranslation("detail.transferRules")),
          RuleSetPanels.history(this, transferRules.historyOf(assetId)));
    }

    add(new H3(getTranslation("detail.documents")));
    add(AssetPanels.documents(this, asset.documents(), d -> queries.document(me, assetId, d.id())));
    add(new H3(getTranslation("detail.decisions")));
    add(AssetPanels.decisions(this, asset.decisions()));
    add(new H3(getTranslation("detail.progress")));
    add(AssetPanels.steps(this, asset.steps()));
  }

  /** The originator's answer to a send-back: what was changed, and the documents asked for. */
  private Div reworkForm(AssetDetails asset) {
    Div box = new Div();
    box.setId("rework");
    box.addClassName("rework-box");
    TextArea comment = new TextArea(getTranslation("rework.comment"));
    comment.setId("rework-comment");
    comment.setWidthFull();
    comment.setMaxLength(2000);
    TypedUpload upload =
        new TypedUpload(
            "rework-upload",
            DocumentType.forKind(AssetKind.valueOf(asset.summary().kind())),
            10,
            settings.maxUploadBytes());
    Button resubmit = new Button(getTranslation("rework.resubmit"), VaadinIcon.REPLY.create());
    resubmit.setId("resubmit");
    resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    resubmit.setDisableOnClick(true);
    resubmit.addClickListener(
        e -> {
          try {
            submissions.resubmit(SignedIn.require(), assetId, comment.getValue(), upload.files());
            Notifications.success(getTranslation("rework.done", assetId));
            lastRendered = null;
            render();
          } catch (ValidationException ex) {
            Notifications.errors(ex.problems());
            resubmit.setEnabled(true);
          } catch (ConflictException ex) {
            Notifications.error(ex.getMessage());
            lastRendered = null;
            render();
          }
        });
    box.add(
        new H3(getTranslation("rework.heading")),
        new Paragraph(getTranslation("rework.intro", asset.reworkComment())),
        comment,
        upload,
        resubmit);
    return box;
  }
}
