package org.cornerstone.web.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.cornerstone.origination.application.OnboardingProcess.RunningProcess;
import org.cornerstone.origination.application.ProcessAdministration;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.party.application.UserView;

/** Users and roles; running processes with their current step and incidents. */
@Route(value = "admin", layout = MainLayout.class)
@PageTitle("Administration | Cornerstone")
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout {
  @Inject
  public AdminView(UserDirectory users, ProcessAdministration processes) {
    setId("admin-view");
    Grid<UserView> userGrid = new Grid<>();
    userGrid.setId("users-grid");
    userGrid.addColumn(UserView::username).setHeader("User").setAutoWidth(true);
    userGrid.addColumn(UserView::displayName).setHeader("Name").setAutoWidth(true);
    userGrid.addColumn(UserView::organisation).setHeader("Organisation").setAutoWidth(true);
    userGrid.addColumn(u -> String.join(", ", u.roles())).setHeader("Roles").setAutoWidth(true);
    userGrid
        .addColumn(u -> u.active() ? "active" : "disabled")
        .setHeader("Status")
        .setAutoWidth(true);
    userGrid.setItems(users.users(SignedIn.require()));
    userGrid.setAllRowsVisible(true);

    Grid<RunningProcess> processGrid = new Grid<>();
    processGrid.setId("processes-grid");
    processGrid.addColumn(RunningProcess::businessKey).setHeader("Asset").setAutoWidth(true);
    processGrid
        .addColumn(RunningProcess::processDefinitionKey)
        .setHeader("Process")
        .setAutoWidth(true);
    processGrid
        .addColumn(p -> String.join(", ", p.currentActivities()))
        .setHeader("Current step")
        .setFlexGrow(1);
    processGrid.addColumn(p -> Formats.time(p.started())).setHeader("Started").setAutoWidth(true);
    processGrid.addColumn(RunningProcess::incidents).setHeader("Incidents").setAutoWidth(true);
    processGrid.setEmptyStateText("No running processes.");
    processGrid.setItems(processes.runningProcesses(SignedIn.require()));
    processGrid.setAllRowsVisible(true);

    add(
        new H2("Administration"),
        new H3("Users"),
        userGrid,
        new H3("Running processes"),
        processGrid);
  }
}
