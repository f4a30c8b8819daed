package org.cornerstone.origination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cornerstone.origination.application.AssetDetails;
import org.cornerstone.shared.documents.DocumentContent;
import org.cornerstone.ui.base.DocumentLinks;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.PdfPages;

/**
 * The parts of an asset page that the asset view and the reviewer's task view share: the facts, the
 * valuation with its assumptions, documents with an in-page preview, the decisions and the process
 * timeline.
 */
public final class AssetPanels {
  private AssetPanels() {}

  public static Div facts(Component owner, AssetDetails asset) {
    var summary = asset.summary();
    Div facts = new Div();
    facts.addClassName("facts");
    fact(facts, t(owner, "detail.id"), summary.id(), "fact-id");
    fact(facts, t(owner, "detail.kind"), summary.kindLabel(), "fact-kind");
    if (asset.copyright() != null) {
      fact(
          facts,
          t(owner, "detail.registration"),
          asset.copyright().registrationNumber(),
          "fact-registration");
      fact(facts, t(owner, "detail.authority"), asset.copyright().registrationAuthority(), null);
      fact(facts, t(owner, "detail.authors"), asset.copyright().authors(), null);
      fact(facts, t(owner, "detail.rightsHolder"), asset.copyright().rightsHolder(), null);
    } else {
      fact(facts, t(owner, "detail.address"), asset.address(), "fact-address");
    }
    fact(facts, t(owner, "detail.jurisdiction"), asset.jurisdiction(), null);
    fact(facts, t(owner, "detail.value"), summary.appraisedValue(), "fact-declared-value");
    fact(facts, t(owner, "detail.tokens"), Formats.number(summary.tokensToIssue()), null);
    fact(facts, t(owner, "detail.riskClass"), asset.riskClass(), "fact-risk-class");
    fact(facts, t(owner, "detail.originator"), summary.originator(), null);
    fact(facts, t(owner, "detail.submitted"), Formats.time(summary.submittedAt()), null);
    if (!asset.currentSteps().isEmpty()) {
      fact(
          facts,
          t(owner, "detail.currentStep"),
          String.join(", ", asset.currentSteps()),
          "fact-current-step");
    }
    if (asset.processDefinition() != null) {
      fact(facts, t(owner, "detail.process"), asset.processDefinition(), "fact-process");
    }
    if (asset.reworkComment() != null && "SENT_BACK".equals(summary.status())) {
      fact(facts, t(owner, "detail.rework"), asset.reworkComment(), "fact-rework-comment");
    }
    if (asset.rejectionReason() != null) {
      fact(facts, t(owner, "detail.rejection"), asset.rejectionReason(), "fact-rejection-reason");
    }
    return facts;
  }

  /** The valuation, how it was found and what it assumed; empty before valuation. */
  public static Optional<Div> valuation(Component owner, AssetDetails asset) {
    AssetDetails.ValuationInfo v = asset.valuation();
    if (v == null) {
      return Optional.empty();
    }
    Div box = new Div();
    box.setId("valuation");
    box.addClassName("valuation-box");
    box.add(new H3(t(owner, "valuation.heading")));
    Div facts = new Div();
    facts.addClassName("facts");
    fact(
        facts,
        t(owner, "valuation.method"),
        t(owner, "valuation.method." + v.method()),
        "valuation-method");
    fact(facts, t(owner, "valuation.amount"), v.amount(), "valuation-amount");
    if (v.computedAmount() != null) {
      fact(facts, t(owner, "valuation.computed"), v.computedAmount(), "valuation-computed");
      fact(
          facts,
          t(owner, "valuation.overrideReason"),
          v.overrideReason(),
          "valuation-override-reason");
    }
    fact(
        facts,
        t(owner, "valuation.ltv"),
        String.format("%d.%02d %%", v.loanToValueBps() / 100, v.loanToValueBps() % 100),
        "valuation-ltv");
    fact(facts, t(owner, "valuation.cap"), v.tokenizationCap(), "valuation-cap");
    if (v.tokenizedAmountPerToken() != null) {
      fact(
          facts,
          t(owner, "valuation.perToken"),
          v.tokenizedAmountPerToken(),
          "valuation-per-token");
    }
    if (v.discountRate() != null) {
      fact(
          facts,
          t(owner, "valuation.discountRate"),
          percent(v.discountRate()),
          "valuation-discount-rate");
      fact(facts, t(owner, "valuation.decayRate"), percent(v.decayRate()), "valuation-decay-rate");
      fact(
          facts,
          t(owner, "valuation.horizon"),
          t(owner, "valuation.months", v.horizonMonths()),
          "valuation-horizon");
      fact(facts, t(owner, "valuation.baseRoyalty"), v.baseMonthlyRoyalty(), null);
      fact(
          facts,
          t(owner, "valuation.history"),
          t(owner, "valuation.months", v.monthsOfHistory()),
          null);
    }
    fact(facts, t(owner, "valuation.by"), v.valuedBy() + " · " + Formats.time(v.valuedAt()), null);
    box.add(facts);
    return Optional.of(box);
  }

  /**
   * The documents, each with a download link and a preview button; the preview (PDF or image) opens
   * in the page below the list.
   */
  public static VerticalLayout documents(
      Component owner,
      List<AssetDetails.DocumentInfo> documents,
      Function<AssetDetails.DocumentInfo, Optional<DocumentContent>> content) {
    VerticalLayout panel = new VerticalLayout();
    panel.setPadding(false);
    panel.setId("documents");
    Div preview = new Div();
    preview.setId("document-preview");
    preview.addClassName("document-preview");
    Grid<AssetDetails.DocumentInfo> grid = new Grid<>();
    grid.setId("documents-grid");
    grid.addColumn(AssetDetails.DocumentInfo::type)
        .setHeader(t(owner, "col.type"))
        .setAutoWidth(true);
    grid.addComponentColumn(d -> DocumentLinks.link(d, content))
        .setHeader(t(owner, "col.file"))
        .setFlexGrow(1);
    grid.addColumn(d -> String.format("%,d bytes", d.sizeBytes()))
        .setHeader(t(owner, "col.size"))
        .setAutoWidth(true);
    grid.addColumn(d -> d.sha256().substring(0, 16) + "…").setHeader("SHA-256").setAutoWidth(true);
    grid.setItems(documents);
    grid.setAllRowsVisible(true);
    grid.asSingleSelect()
        .addValueChangeListener(
            e -> {
              preview.removeAll();
              if (e.getValue() != null) {
                preview.add(preview(owner, e.getValue(), content));
              }
            });
    panel.add(grid, new Paragraph(t(owner, "documents.previewHint")), preview);
    documents.stream()
        .filter(d -> previewable(d.mediaType()))
        .findFirst()
        .ifPresent(d -> grid.asSingleSelect().setValue(d));
    return panel;
  }

  static boolean previewable(String mediaType) {
    return "application/pdf".equals(mediaType)
        || mediaType.startsWith("image/")
        || "text/csv".equals(mediaType);
  }

  private static Component preview(
      Component owner,
      AssetDetails.DocumentInfo document,
      Function<AssetDetails.DocumentInfo, Optional<DocumentContent>> content) {
    if (document.mediaType().startsWith("image/")) {
      Image image =
          new Image(DocumentLinks.handler(document, content).inline(), document.fileName());
      image.setId("preview-image");
      image.setMaxWidth("100%");
      return image;
    }
    Optional<DocumentContent> file = content.apply(document);
    if (!previewable(document.mediaType()) || file.isEmpty()) {
      return new Span(t(owner, "documents.noPreview"));
    }
    byte[] bytes = file.get().content();
    if ("text/csv".equals(document.mediaType())) {
      Pre text = new Pre(new String(bytes, StandardCharsets.UTF_8));
      text.setId("preview-text");
      text.addClassName("document-text");
      return text;
    }
    int pages = PdfPages.count(bytes);
    if (pages == 0) {
      return new Span(t(owner, "documents.noPreview"));
    }
    Div pdf = new Div();
    pdf.setId("preview-pdf");
    pdf.addClassName("document-pages");
    for (int page = 0; page < Math.min(pages, PdfPages.MAX_PAGES); page++) {
      int index = page;
      Image image =
          new Image(
              DownloadHandler.fromInputStream(
                      e -> {
                        byte[] png = PdfPages.png(bytes, index);
                        return new DownloadResponse(
                            new ByteArrayInputStream(png),
                            document.fileName() + "-" + (index + 1) + ".png",
                            "image/png",
                            png.length);
                      })
                  .inline(),
              document.fileName() + " " + (index + 1));
      image.addClassName("document-page");
      pdf.add(image);
    }
    pdf.add(new Paragraph(t(owner, "documents.pages", pages)));
    return pdf;
  }

  public static Grid<AssetDetails.Decision> decisions(
      Component owner, List<AssetDetails.Decision> items) {
    Grid<AssetDetails.Decision> decisions = new Grid<>();
    decisions.setId("decisions-grid");
    decisions
        .addColumn(AssetDetails.Decision::step)
        .setHeader(t(owner, "col.step"))
        .setAutoWidth(true);
    decisions
        .addColumn(AssetDetails.Decision::decidedByName)
        .setHeader(t(owner, "col.by"))
        .setAutoWidth(true);
    decisions
        .addColumn(d -> t(owner, "decision." + d.outcome()))
        .setHeader(t(owner, "col.decision"))
        .setAutoWidth(true);
    decisions
        .addColumn(d -> d.comment() == null ? "" : d.comment())
        .setHeader(t(owner, "col.comment"))
        .setFlexGrow(1);
    decisions
        .addColumn(d -> Formats.time(d.at()))
        .setHeader(t(owner, "col.when"))
        .setAutoWidth(true);
    decisions.setItems(items);
    decisions.setAllRowsVisible(true);
    decisions.setEmptyStateText(t(owner, "detail.noDecisions"));
    return decisions;
  }

  public static Grid<AssetDetails.Step> steps(Component owner, List<AssetDetails.Step> items) {
    Grid<AssetDetails.Step> steps = new Grid<>();
    steps.setId("steps-grid");
    steps.addColumn(AssetDetails.Step::name).setHeader(t(owner, "col.step")).setFlexGrow(1);
    steps
        .addColumn(s -> Formats.time(s.started()))
        .setHeader(t(owner, "col.started"))
        .setAutoWidth(true);
    steps
        .addColumn(s -> s.ended() == null ? t(owner, "detail.waiting") : Formats.time(s.ended()))
        .setHeader(t(owner, "col.done"))
        .setAutoWidth(true);
    steps
        .addColumn(s -> s.by() == null ? "" : s.by())
        .setHeader(t(owner, "col.by"))
        .setAutoWidth(true);
    steps.setItems(items);
    steps.setAllRowsVisible(true);
    return steps;
  }

  public static void fact(Div container, String label, String value, String id) {
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

  private static String percent(String fraction) {
    return new java.math.BigDecimal(fraction).movePointRight(2).stripTrailingZeros().toPlainString()
        + " %";
  }

  private static String t(Component owner, String key, Object... params) {
    return owner.getTranslation(key, params);
  }
}
