package org.cornerstone.origination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.cornerstone.origination.application.AssetQueries;
import org.cornerstone.origination.application.AssetSummary;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.LiveRefresh;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.RoleMenuTitle;
import org.cornerstone.ui.base.SignedIn;

/** The originator's assets (all assets for trustees, compliance and admins), refreshed live. */
@Menu(title = "nav.assets", order = 30, icon = "vaadin:building")
@RoleMenuTitle(role = "ORIGINATOR", title = "nav.myAssets")
@Route(value = "assets", layout = MainLayout.class)
@PageTitle("Assets | Cornerstone")
@RolesAllowed({"ORIGINATOR", "TRUSTEE", "SENIOR_TRUSTEE", "COMPLIANCE", "LEGAL", "VALUER", "ADMIN"})
public class AssetsView extends VerticalLayout {
  private final AssetQueries queries;
  private final Grid<AssetSummary> grid = new Grid<>();

  @Inject
  public AssetsView(AssetQueries queries) {
    this.queries = queries;
    setId("assets-view");
    setSizeFull();
    Actor actor = SignedIn.require();

    grid.setId("assets-grid");
    grid.addColumn(AssetSummary::id)
        .setHeader(getTranslation("col.asset"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(AssetSummary::title).setHeader(getTranslation("col.title")).setFlexGrow(1);
    grid.addComponentColumn(
            a -> Formats.statusBadge(a.status(), getTranslation("status." + a.status())))
        .setHeader(getTranslation("col.status"))
        .setAutoWidth(true);
    grid.addColumn(a -> Formats.number(a.tokensToIssue()))
        .setHeader(getTranslation("col.tokens"))
        .setAutoWidth(true);
    grid.addColumn(AssetSummary::appraisedValue)
        .setHeader(getTranslation("col.value"))
        .setAutoWidth(true);
    grid.addColumn(a -> Formats.time(a.submittedAt()))
        .setHeader(getTranslation("col.submitted"))
        .setAutoWidth(true);
    grid.addItemClickListener(
        e -> getUI().ifPresent(ui -> ui.navigate(AssetDetailView.class, e.getItem().id())));
    grid.setEmptyStateText(getTranslation("assets.empty"));

    HorizontalLayout header =
        new HorizontalLayout(
            new H2(
                getTranslation(
                    actor.has(Role.ORIGINATOR) ? "assets.heading.mine" : "assets.heading.all")));
    if (actor.has(Role.ORIGINATOR)) {
      Button submit =
          new Button(
              getTranslation("assets.new"),
              VaadinIcon.PLUS.create(),
              e -> getUI().ifPresent(ui -> ui.navigate(SubmitAssetView.class)));
      submit.setId("new-asset");
      submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      header.add(submit);
    }
    header.setAlignItems(Alignment.BASELINE);
    add(header, grid);
    refresh();
    LiveRefresh.every(this, 5000, this::refresh);
  }

  private void refresh() {
    Actor actor = SignedIn.require();
    List<AssetSummary> items =
        actor.has(Role.ORIGINATOR) && !actor.has(Role.ADMIN)
            ? queries.myAssets(actor)
            : queries.allAssets(actor, 0, 500);
    grid.setItems(items);
  }
}
