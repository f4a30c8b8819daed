package org.cornerstone.financing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Function;
import org.cornerstone.financing.application.ReceivableView;
import org.cornerstone.shared.documents.DocumentContent;

/** The facts and documents of a receivable, shared by the supplier's page and the review panel. */
final class ReceivablePanels {
  private ReceivablePanels() {}

  static Div facts(Component screen, ReceivableView r, String debtorName) {
    Div facts = new Div();
    facts.addClassName("facts");
    facts.setId("receivable-facts");
    fact(facts, screen.getTranslation("receivable.col.id"), r.id(), "fact-receivable-id");
    fact(
        facts,
        screen.getTranslation("receivable.col.debtor"),
        debtorName,
        "fact-receivable-debtor");
    fact(
        facts,
        screen.getTranslation("receivable.col.invoice"),
        r.invoiceNumber(),
        "fact-receivable-invoice");
    fact(
        facts,
        screen.getTranslation("receivable.col.amount"),
        r.currency() + " " + r.amount(),
        "fact-receivable-amount");
    fact(facts, screen.getTranslation("receivable.col.issueDate"), r.issueDate().toString(), null);
    fact(
        facts,
        screen.getTranslation("receivable.col.dueDate"),
        r.dueDate().toString(),
        "fact-receivable-due");
    fact(facts, screen.getTranslation("receivable.col.supplier"), r.supplierOrganisation(), null);
    fact(facts, screen.getTranslation("receivable.col.submittedBy"), r.submittedBy(), null);
    fact(
        facts,
        screen.getTranslation("receivable.col.status"),
        screen.getTranslation("receivable.status." + r.status()),
        "fact-receivable-status");
    if (r.confirmedBy() != null) {
      fact(facts, screen.getTranslation("receivable.confirmedBy"), r.confirmedBy(), null);
    }
    fact(facts, screen.getTranslation("receivable.fingerprint"), r.invoiceFingerprint(), null);
    return facts;
  }

  static Div documents(
      Component screen,
      ReceivableView r,
      Function<ReceivableView.Document, Optional<DocumentContent>> content) {
    Div list = new Div();
    list.setId("receivable-documents");
    for (ReceivableView.Document d : r.documents()) {
      Div row = new Div();
      row.addClassName("fact");
      row.getStyle().set("display", "flex").set("gap", "1em");
      Span type = new Span(screen.getTranslation("receivable.doc." + d.type()));
      type.addClassName("fact-label");
      Anchor link =
          new Anchor(
              DownloadHandler.fromInputStream(
                  e ->
                      content
                          .apply(d)
                          .map(
                              c ->
                                  new DownloadResponse(
                                      new ByteArrayInputStream(c.content()),
                                      c.fileName(),
                                      c.mediaType(),
                                      c.content().length))
                          .orElse(DownloadResponse.error(404))),
              d.fileName());
      link.addClassName("document-link");
      Span hash = new Span("SHA-256 " + d.sha256().substring(0, 16) + "…");
      hash.addClassName("fact-value");
      row.add(type, link, hash);
      list.add(row);
    }
    return list;
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
