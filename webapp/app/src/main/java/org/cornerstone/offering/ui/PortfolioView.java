package org.cornerstone.offering.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.cornerstone.offering.application.OfferingService;
import org.cornerstone.offering.application.Portfolio;
import org.cornerstone.offering.application.SubscriptionView;
import org.cornerstone.reporting.application.StatementService;
import org.cornerstone.reporting.ui.ReportDownloads;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.SignedIn;

/** The investor's portfolio: holdings with their cost, subscriptions, cash available/reserved. */
@Menu(title = "nav.portfolio", order = 63, icon = "vaadin:briefcase")
@Route(value = "portfolio", layout = MainLayout.class)
@PageTitle("Portfolio | Cornerstone")
@RolesAllowed("INVESTOR")
public class PortfolioView extends VerticalLayout {
  @Inject
  public PortfolioView(
      OfferingService offerings, StatementService statements, java.time.Clock clock) {
    setId("portfolio-view");
    Portfolio portfolio = offerings.portfolio(SignedIn.require());

    Grid<Portfolio.Position> holdings = new Grid<>();
    holdings.setId("portfolio-holdings");
    holdings
        .addColumn(Portfolio.Position::instrumentId)
        .setHeader(getTranslation("col.asset"))
        .setAutoWidth(true);
    holdings
        .addColumn(p -> Formats.number(p.quantity()))
        .setHeader(getTranslation("col.tokens"))
        .setAutoWidth(true);
    holdings
        .addColumn(p -> p.cost() == null ? "—" : p.currency() + " " + p.cost())
        .setHeader(getTranslation("portfolio.col.cost"))
        .setAutoWidth(true);
    holdings.setItems(portfolio.holdings());
    holdings.setAllRowsVisible(true);
    holdings.setEmptyStateText(getTranslation("holdings.empty"));

    Grid<SubscriptionView> subscriptions = new Grid<>();
    subscriptions.setId("portfolio-subscriptions");
    subscriptions
        .addColumn(SubscriptionView::offeringId)
        .setHeader(getTranslation("offering.col.id"))
        .setAutoWidth(true);
    subscriptions
        .addColumn(SubscriptionView::instrumentId)
        .setHeader(getTranslation("col.asset"))
        .setAutoWidth(true);
    subscriptions
        .addColumn(s -> Formats.number(s.quantity()))
        .setHeader(getTranslation("offering.col.requested"))
        .setAutoWidth(true);
    subscriptions
        .addColumn(s -> s.currency() + " " + s.amountReserved())
        .setHeader(getTranslation("portfolio.col.reserved"))
        .setAutoWidth(true);
    subscriptions
        .addColumn(s -> s.quantityAllocated() == null ? "—" : Formats.number(s.quantityAllocated()))
        .setHeader(getTranslation("offering.col.allocated"))
        .setAutoWidth(true);
    subscriptions
        .addColumn(s -> s.amountPaid() == null ? "—" : s.currency() + " " + s.amountPaid())
        .setHeader(getTranslation("offering.col.amount"))
        .setAutoWidth(true);
    subscriptions
        .addColumn(s -> getTranslation("subscription.status." + s.status()))
        .setHeader(getTranslation("offering.col.status"))
        .setAutoWidth(true);
    subscriptions.setItems(portfolio.subscriptions());
    subscriptions.setAllRowsVisible(true);
    subscriptions.setEmptyStateText(getTranslation("portfolio.noSubscriptions"));

    Grid<Portfolio.Cash> cash = new Grid<>();
    cash.setId("portfolio-cash");
    cash.addColumn(Portfolio.Cash::currency)
        .setHeader(getTranslation("portfolio.col.currency"))
        .setAutoWidth(true);
    cash.addColumn(Portfolio.Cash::balance)
        .setHeader(getTranslation("portfolio.col.balance"))
        .setAutoWidth(true);
    cash.addColumn(Portfolio.Cash::reserved)
        .setHeader(getTranslation("portfolio.col.reserved"))
        .setAutoWidth(true);
    cash.addColumn(Portfolio.Cash::available)
        .setHeader(getTranslation("portfolio.col.available"))
        .setAutoWidth(true);
    cash.setItems(portfolio.cash());
    cash.setAllRowsVisible(true);
    cash.setEmptyStateText(getTranslation("portfolio.noCash"));

    add(
        new H2(getTranslation("portfolio.heading")),
        new H3(getTranslation("portfolio.holdings")),
        holdings,
        new H3(getTranslation("portfolio.subscriptions")),
        subscriptions,
        new H3(getTranslation("portfolio.cash")),
        cash,
        ReportDownloads.statement(this, statements, SignedIn.require(), getLocale(), clock));
  }
}
