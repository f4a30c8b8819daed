package org.cornerstone.servicing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.cornerstone.reporting.application.StatementService;
import org.cornerstone.reporting.ui.ReportDownloads;
import org.cornerstone.servicing.application.DistributionService;
import org.cornerstone.servicing.application.IncomePayment;
import org.cornerstone.servicing.domain.MinorUnits;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.SignedIn;

/**
 * The investor's income history: every distribution entitlement, paid, pending or held (a held one
 * is paid once a trustee releases it), and the monthly statement's download links.
 */
@Menu(title = "nav.income", order = 66, icon = "vaadin:coins")
@Route(value = "income", layout = MainLayout.class)
@PageTitle("Income | Cornerstone")
@RolesAllowed("INVESTOR")
public class IncomeView extends VerticalLayout {
  @Inject
  public IncomeView(DistributionService distributions, StatementService statements, Clock clock) {
    setId("income-view");
    add(new H2(getTranslation("servicing.income.heading")));
    Actor me = SignedIn.require();
    List<IncomePayment> payments;
    try {
      payments = distributions.income(me);
    } catch (ValidationException e) {
      add(new Paragraph(e.getMessage()));
      return;
    }
    if (payments.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("servicing.income.none"));
      none.setId("income-none");
      add(none);
    } else {
      add(grid(payments));
    }
    // the month's statement lists the distributions received in it
    add(ReportDownloads.statement(this, statements, me, getLocale(), clock));
  }

  private Grid<IncomePayment> grid(List<IncomePayment> payments) {
    Grid<IncomePayment> grid = new Grid<>();
    grid.setId("income-grid");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.addColumn(IncomePayment::paymentDate)
        .setHeader(getTranslation("servicing.paymentDate"))
        .setAutoWidth(true);
    grid.addColumn(IncomePayment::instrumentId)
        .setHeader(getTranslation("servicing.col.instrument"))
        .setAutoWidth(true);
    grid.addColumn(IncomePayment::recordDate)
        .setHeader(getTranslation("servicing.recordDate"))
        .setAutoWidth(true);
    grid.addColumn(p -> String.format("%,d", p.quantity()))
        .setHeader(getTranslation("servicing.col.quantity"))
        .setAutoWidth(true);
    grid.addColumn(p -> p.currency() + " " + MinorUnits.format(p.grossMinor(), p.currency()))
        .setHeader(getTranslation("servicing.col.gross"))
        .setAutoWidth(true);
    grid.addColumn(p -> MinorUnits.format(p.taxMinor(), p.currency()))
        .setHeader(getTranslation("servicing.col.tax"))
        .setAutoWidth(true);
    grid.addColumn(p -> p.currency() + " " + MinorUnits.format(p.netMinor(), p.currency()))
        .setHeader(getTranslation("servicing.col.net"))
        .setAutoWidth(true);
    grid.addColumn(p -> getTranslation("servicing.state." + p.state()))
        .setHeader(getTranslation("servicing.col.state"))
        .setAutoWidth(true);
    grid.addColumn(
            p ->
                p.ledgerTransactionId()
                    .map(t -> t.length() > 16 ? t.substring(0, 16) + "…" : t)
                    .orElse(""))
        .setHeader(getTranslation("servicing.col.transaction"))
        .setFlexGrow(1)
        .setTooltipGenerator(p -> p.ledgerTransactionId().orElse(""));
    grid.setItems(payments);
    grid.setAllRowsVisible(true);
    grid.setWidthFull();
    return grid;
  }
}
