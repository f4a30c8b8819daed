package org.cornerstone.servicing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import org.cornerstone.servicing.application.DistributionSummary;
import org.cornerstone.servicing.application.DistributionView;
import org.cornerstone.servicing.application.EntitlementView;
import org.cornerstone.servicing.domain.MinorUnits;
import org.cornerstone.ui.base.Formats;

/** A distribution's facts and entitlement table, on its page and in the trustee's review task. */
final class DistributionFacts {
  private DistributionFacts() {}

  static void show(VerticalLayout screen, DistributionView d, List<EntitlementView> preview) {
    show(screen, d, preview, null);
  }

  /**
   * The facts and the table; with {@code release} (a trustee on the distribution's page) each held
   * entitlement has a button that releases it.
   */
  static void show(
      VerticalLayout screen,
      DistributionView d,
      List<EntitlementView> preview,
      Consumer<EntitlementView> release) {
    DistributionSummary s = d.summary();
    Div facts = new Div();
    facts.addClassName("facts");
    facts.setId("distribution-facts");
    String c = s.currency();
    EntitlementTable.fact(
        facts,
        screen.getTranslation("servicing.col.id"),
        s.distributionId(),
        "fact-distribution-id");
    EntitlementTable.fact(
        facts, screen.getTranslation("servicing.col.instrument"), s.instrumentId(), null);
    EntitlementTable.fact(
        facts, screen.getTranslation("servicing.col.period"), s.period(), "fact-period");
    EntitlementTable.fact(
        facts,
        screen.getTranslation("servicing.gross"),
        c + " " + MinorUnits.format(s.grossMinor(), c),
        "fact-gross");
    EntitlementTable.fact(
        facts,
        screen.getTranslation("servicing.costs"),
        c + " " + MinorUnits.format(s.costsMinor(), c),
        "fact-costs");
    EntitlementTable.fact(
        facts,
        screen.getTranslation("servicing.col.net"),
        c + " " + MinorUnits.format(s.netMinor(), c),
        "fact-net");
    EntitlementTable.fact(
        facts,
        screen.getTranslation("servicing.recordDate"),
        s.recordDate().toString(),
        "fact-record-date");
    EntitlementTable.fact(
        facts,
        screen.getTranslation("servicing.paymentDate"),
        s.paymentDate().toString(),
        "fact-payment-date");
    EntitlementTable.fact(
        facts,
        screen.getTranslation("servicing.col.state"),
        screen.getTranslation("servicing.dstate." + s.state()),
        "fact-distribution-state");
    EntitlementTable.fact(
        facts,
        screen.getTranslation("servicing.reportedBy"),
        d.reportedBy() + ", " + Formats.time(d.reportedAt()),
        null);
    if (d.firstApprover() != null) {
      EntitlementTable.fact(
          facts,
          screen.getTranslation("servicing.approvedBy"),
          d.firstApprover() + (d.secondApprover() == null ? "" : ", " + d.secondApprover()),
          "fact-approvers");
    }
    if (d.rejectionReason() != null) {
      EntitlementTable.fact(
          facts, screen.getTranslation("servicing.rejection"), d.rejectionReason(), null);
    }
    Anchor evidence =
        new Anchor("/api/distributions/" + s.distributionId() + "/evidence", d.evidenceName());
    evidence.setRouterIgnore(true);
    evidence.setId("distribution-evidence");
    Div evidenceRow = new Div();
    evidenceRow.addClassName("fact");
    evidenceRow.add(
        new com.vaadin.flow.component.html.Span(screen.getTranslation("servicing.evidence")),
        evidence);
    facts.add(evidenceRow);
    screen.add(facts);

    boolean computed = !d.entitlements().isEmpty();
    List<EntitlementView> rows = computed ? d.entitlements() : preview;
    screen.add(
        new H3(
            screen.getTranslation(
                computed ? "servicing.entitlements" : "servicing.entitlements.preview")));
    screen.add(new Paragraph(screen.getTranslation("servicing.rounding")));
    if (rows.isEmpty()) {
      screen.add(new Paragraph(screen.getTranslation("servicing.entitlements.none")));
      return;
    }
    screen.add(
        EntitlementTable.grid("entitlements", c, rows, computed ? release : null),
        EntitlementTable.totals("entitlement-totals", s, rows));
    if (computed) {
      screen.add(EntitlementTable.byState("entitlement-states", s, d.totals()));
    }
  }
}
