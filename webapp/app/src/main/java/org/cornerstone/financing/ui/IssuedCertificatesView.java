package org.cornerstone.financing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cornerstone.financing.application.CertificateView;
import org.cornerstone.financing.application.ReceivableTerms;
import org.cornerstone.financing.application.Receivables;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.SignedIn;

/**
 * The core enterprise's payable certificates and its payment schedule: what falls due on each
 * maturity date, per currency (sums of face values in minor units, shown with the currency's
 * decimals; no rounding).
 */
@Menu(title = "nav.issuedCertificates", order = 71, icon = "vaadin:calendar-clock")
@Route(value = "receivables/certificates", layout = MainLayout.class)
@PageTitle("Payable certificates | Cornerstone")
@RolesAllowed("DEBTOR")
public class IssuedCertificatesView extends VerticalLayout {

  /** One line of the schedule: a maturity date, a currency and the face value falling due. */
  record ScheduleLine(LocalDate maturity, String currency, long amountMinor, int certificates) {}

  @Inject
  public IssuedCertificatesView(Receivables receivables) {
    setId("issued-certificates-view");
    List<CertificateView> issued = receivables.issuedCertificates(SignedIn.require());

    Grid<CertificateView> certificates = new Grid<>();
    certificates.setId("issued-certificates");
    certificates
        .addColumn(CertificateView::id)
        .setHeader(getTranslation("certificate.col.id"))
        .setAutoWidth(true);
    certificates
        .addColumn(CertificateView::invoiceNumber)
        .setHeader(getTranslation("receivable.col.invoice"))
        .setAutoWidth(true);
    certificates
        .addColumn(CertificateView::firstHolderOrganisation)
        .setHeader(getTranslation("certificate.col.firstHolder"))
        .setAutoWidth(true);
    certificates
        .addColumn(
            c -> c.currency() + " " + ReceivableTerms.format(c.faceValueMinor(), c.currency()))
        .setHeader(getTranslation("certificate.col.faceValue"))
        .setAutoWidth(true);
    certificates
        .addColumn(c -> c.issueDate().toString())
        .setHeader(getTranslation("receivable.col.issueDate"))
        .setAutoWidth(true);
    certificates
        .addColumn(c -> c.maturityDate().toString())
        .setHeader(getTranslation("certificate.col.maturity"))
        .setAutoWidth(true);
    certificates
        .addColumn(c -> c.ledgerTransactionId() == null ? "" : c.ledgerTransactionId())
        .setHeader(getTranslation("certificate.col.transaction"))
        .setFlexGrow(1);
    certificates.setEmptyStateText(getTranslation("certificate.empty"));
    certificates.setItems(issued);
    certificates.setAllRowsVisible(true);

    Grid<ScheduleLine> schedule = new Grid<>();
    schedule.setId("payment-schedule");
    schedule
        .addColumn(l -> l.maturity().toString())
        .setHeader(getTranslation("certificate.col.maturity"))
        .setAutoWidth(true);
    schedule
        .addColumn(l -> l.currency() + " " + ReceivableTerms.format(l.amountMinor(), l.currency()))
        .setHeader(getTranslation("certificate.col.dueAmount"))
        .setAutoWidth(true);
    schedule
        .addColumn(ScheduleLine::certificates)
        .setHeader(getTranslation("certificate.col.count"))
        .setAutoWidth(true);
    schedule.setEmptyStateText(getTranslation("certificate.empty"));
    schedule.setItems(schedule(issued));
    schedule.setAllRowsVisible(true);

    add(
        new H2(getTranslation("certificate.heading")),
        new Paragraph(getTranslation("certificate.intro")),
        new H3(getTranslation("certificate.schedule")),
        schedule,
        new H3(getTranslation("certificate.issued")),
        certificates);
  }

  /** Face values summed exactly (minor units) per maturity date and currency, earliest first. */
  static List<ScheduleLine> schedule(List<CertificateView> issued) {
    Map<String, ScheduleLine> lines = new TreeMap<>();
    for (CertificateView c : issued) {
      String key = c.maturityDate() + "|" + c.currency();
      ScheduleLine line = lines.get(key);
      lines.put(
          key,
          line == null
              ? new ScheduleLine(c.maturityDate(), c.currency(), c.faceValueMinor(), 1)
              : new ScheduleLine(
                  c.maturityDate(),
                  c.currency(),
                  Math.addExact(line.amountMinor(), c.faceValueMinor()),
                  line.certificates() + 1));
    }
    return List.copyOf(lines.values());
  }
}
