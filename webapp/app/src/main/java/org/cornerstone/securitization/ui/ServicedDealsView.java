package org.cornerstone.securitization.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.cornerstone.securitization.application.PaymentDates;
import org.cornerstone.securitization.application.PaymentDates.ServicedDeal;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.SignedIn;

/**
 * The servicer's way in from the side menu: the closed deals its organisation services, with the
 * periods reported so far and the next one due, each linking to the deal's payment dates (where the
 * servicer report is entered).
 */
@Route(value = "payment-dates", layout = MainLayout.class)
@PageTitle("Payment dates | Cornerstone")
@Menu(title = "nav.paymentDates", order = 77.5, icon = "vaadin:calendar-clock")
@RolesAllowed("SERVICER")
public class ServicedDealsView extends VerticalLayout {

  @Inject
  public ServicedDealsView(PaymentDates paymentDates) {
    setId("serviced-deals-view");
    Grid<ServicedDeal> grid = new Grid<>();
    grid.setId("serviced-deals");
    grid.addComponentColumn(
            d -> {
              Anchor open = new Anchor("deals/" + d.id() + "/payment-dates", d.id());
              open.setId("serviced-deal-" + d.id());
              return open;
            })
        .setHeader(getTranslation("deal.col.id"))
        .setAutoWidth(true);
    grid.addColumn(ServicedDeal::name)
        .setHeader(getTranslation("deal.col.name"))
        .setAutoWidth(true);
    grid.addColumn(ServicedDeal::periodsReported)
        .setHeader(getTranslation("paymentDate.servicer.reported"))
        .setAutoWidth(true);
    grid.addColumn(
            d ->
                d.lastStatus() == null
                    ? "—"
                    : getTranslation("paymentDate.status." + d.lastStatus()))
        .setHeader(getTranslation("paymentDate.servicer.last"))
        .setAutoWidth(true);
    grid.addColumn(
            d ->
                d.nextPeriod() == null
                    ? getTranslation("paymentDate.servicer.waiting")
                    : getTranslation("paymentDate.servicer.next", d.nextPeriod()))
        .setHeader(getTranslation("paymentDate.servicer.nextHeader"))
        .setAutoWidth(true);
    grid.setEmptyStateText(getTranslation("paymentDate.servicer.empty"));
    grid.setAllRowsVisible(true);
    grid.setItems(paymentDates.closedDeals(SignedIn.require()));
    add(
        new H2(getTranslation("paymentDate.servicer.heading")),
        new Paragraph(getTranslation("paymentDate.servicer.intro")),
        grid);
  }
}
