package org.cornerstone.origination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.cornerstone.origination.application.AssetQueries;
import org.cornerstone.origination.application.Dashboard;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.LiveRefresh;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.SignedIn;
import org.cornerstone.ui.base.StartPage;

/**
 * The originator's dashboard: my assets with their status and progress through the onboarding
 * steps, what waits on me (send-backs), and what the platform told me.
 */
@Menu(title = "nav.dashboard", order = 10, icon = "vaadin:dashboard")
@StartPage(rank = 2)
@Route(value = "dashboard", layout = MainLayout.class)
@PageTitle("Dashboard | Cornerstone")
@RolesAllowed("ORIGINATOR")
public class DashboardView extends VerticalLayout {
  private final AssetQueries queries;
  private final VerticalLayout waiting = new VerticalLayout();
  private final Grid<Dashboard.Item> grid = new Grid<>();
  private final UnorderedList messages = new UnorderedList();
  private Dashboard shown;

  @Inject
  public DashboardView(AssetQueries queries) {
    this.queries = queries;
    setId("dashboard-view");
    setMaxWidth("1200px");
    waiting.setId("waiting-on-me");
    waiting.setPadding(false);
    grid.setId("dashboard-grid");
    grid.addColumn(i -> i.summary().id()).setHeader(getTranslation("col.asset")).setAutoWidth(true);
    grid.addColumn(i -> i.summary().title()).setHeader(getTranslation("col.title")).setFlexGrow(1);
    grid.addColumn(i -> getTranslation("kind." + i.summary().kind()))
        .setHeader(getTranslation("col.kind"))
        .setAutoWidth(true);
    grid.addComponentColumn(
            i ->
                Formats.statusBadge(
                    i.summary().status(), getTranslation("status." + i.summary().status())))
        .setHeader(getTranslation("col.status"))
        .setAutoWidth(true);
    grid.addColumn(Dashboard.Item::currentStep)
        .setHeader(getTranslation("dashboard.currentStep"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::progress)
        .setHeader(getTranslation("dashboard.progress"))
        .setWidth("160px")
        .setFlexGrow(0);
    grid.setEmptyStateText(getTranslation("dashboard.empty"));
    grid.setAllRowsVisible(true);
    grid.addItemClickListener(
        e ->
            getUI()
                .ifPresent(ui -> ui.navigate(AssetDetailView.class, e.getItem().summary().id())));
    messages.setId("notifications");
    Button submit =
        new Button(
            getTranslation("nav.submit"),
            VaadinIcon.PLUS.create(),
            e -> getUI().ifPresent(ui -> ui.navigate(SubmitAssetView.class)));
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        new H2(getTranslation("dashboard.heading")),
        waiting,
        new H3(getTranslation("dashboard.assets")),
        grid,
        submit,
        new H3(getTranslation("dashboard.messages")),
        messages);
    refresh();
    LiveRefresh.every(this, 3000, this::refresh);
  }

  private Component progress(Dashboard.Item item) {
    ProgressBar bar = new ProgressBar(0, 100, item.progress());
    bar.setWidth("120px");
    Span label = new Span(item.progress() + " %");
    Div box = new Div(bar, label);
    box.addClassName("progress-cell");
    return box;
  }

  private void refresh() {
    Dashboard dashboard = queries.dashboard(SignedIn.require());
    if (dashboard.equals(shown)) {
      return;
    }
    shown = dashboard;
    grid.setItems(dashboard.assets());
    waiting.removeAll();
    List<Dashboard.Item> mine =
        dashboard.assets().stream().filter(Dashboard.Item::waitingOnMe).toList();
    if (mine.isEmpty()) {
      waiting.add(new Paragraph(getTranslation("dashboard.nothingWaiting")));
    }
    for (Dashboard.Item item : mine) {
      Div card = new Div();
      card.addClassName("waiting-card");
      Button open =
          new Button(
              getTranslation("dashboard.fix"),
              e ->
                  getUI().ifPresent(ui -> ui.navigate(AssetDetailView.class, item.summary().id())));
      open.setId("fix-" + item.summary().id());
      card.add(
          new H3(item.summary().id() + " · " + item.summary().title()),
          new Paragraph(getTranslation("dashboard.sentBack", item.reworkComment())),
          open);
      waiting.add(card);
    }
    messages.removeAll();
    if (dashboard.messages().isEmpty()) {
      messages.add(new ListItem(getTranslation("dashboard.noMessages")));
    }
    dashboard
        .messages()
        .forEach(m -> messages.add(new ListItem(Formats.time(m.at()) + " · " + m.text())));
  }
}
