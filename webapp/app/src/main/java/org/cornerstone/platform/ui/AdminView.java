package org.cornerstone.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.cornerstone.party.application.Administration;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.review.application.Incident;
import org.cornerstone.review.application.LockedJob;
import org.cornerstone.review.application.ProcessAdministration;
import org.cornerstone.review.application.RunningProcess;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;
import org.cornerstone.ui.base.StartPage;

/** Users and roles; running processes with their current step and incidents. */
@Menu(title = "nav.admin", order = 70, icon = "vaadin:cog")
@StartPage(rank = 3)
@Route(value = "admin", layout = MainLayout.class)
@PageTitle("Administration | Cornerstone")
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout {
  @Inject
  public AdminView(
      UserDirectory users, Administration administration, ProcessAdministration processes) {
    setId("admin-view");
    PartyAdministrationPanel parties = new PartyAdministrationPanel(users, administration);

    Grid<RunningProcess> processGrid = new Grid<>();
    processGrid.setId("processes-grid");
    processGrid
        .addColumn(RunningProcess::businessKey)
        .setHeader(getTranslation("col.asset"))
        .setAutoWidth(true);
    processGrid
        .addColumn(RunningProcess::processDefinitionKey)
        .setHeader(getTranslation("col.process"))
        .setAutoWidth(true);
    processGrid
        .addColumn(p -> String.join(", ", p.currentActivities()))
        .setHeader(getTranslation("col.currentStep"))
        .setFlexGrow(1);
    processGrid
        .addColumn(p -> Formats.time(p.started()))
        .setHeader(getTranslation("col.started"))
        .setAutoWidth(true);
    processGrid
        .addColumn(RunningProcess::incidents)
        .setHeader(getTranslation("col.incidents"))
        .setAutoWidth(true);
    processGrid.setEmptyStateText(getTranslation("admin.noProcesses"));
    processGrid.setItems(processes.runningProcesses(SignedIn.require()));
    processGrid.setAllRowsVisible(true);

    Grid<Incident> incidentGrid = new Grid<>();
    incidentGrid.setId("incidents-grid");
    incidentGrid
        .addColumn(Incident::businessKey)
        .setHeader(getTranslation("col.asset"))
        .setAutoWidth(true);
    incidentGrid
        .addColumn(Incident::activityId)
        .setHeader(getTranslation("col.step"))
        .setAutoWidth(true);
    incidentGrid
        .addColumn(Incident::message)
        .setHeader(getTranslation("col.message"))
        .setFlexGrow(1);
    incidentGrid
        .addColumn(i -> Formats.time(i.since()))
        .setHeader(getTranslation("col.since"))
        .setAutoWidth(true);
    incidentGrid
        .addComponentColumn(i -> retryButton(i, processes, incidentGrid))
        .setAutoWidth(true);
    incidentGrid.setEmptyStateText(getTranslation("admin.noIncidents"));
    incidentGrid.setItems(processes.incidents(SignedIn.require()));
    incidentGrid.setAllRowsVisible(true);

    Grid<LockedJob> lockedJobGrid = new Grid<>();
    lockedJobGrid.setId("locked-jobs-grid");
    lockedJobGrid
        .addColumn(j -> j.businessKey() == null ? "" : j.businessKey())
        .setHeader(getTranslation("col.asset"))
        .setAutoWidth(true);
    lockedJobGrid
        .addColumn(j -> j.activityId() == null ? "" : j.activityId())
        .setHeader(getTranslation("col.step"))
        .setAutoWidth(true);
    lockedJobGrid
        .addColumn(LockedJob::lockOwner)
        .setHeader(getTranslation("admin.lockOwner"))
        .setAutoWidth(true);
    lockedJobGrid
        .addColumn(j -> j.lockExpiry() == null ? "" : Formats.time(j.lockExpiry()))
        .setHeader(getTranslation("admin.lockExpiry"))
        .setAutoWidth(true);
    lockedJobGrid
        .addColumn(LockedJob::retries)
        .setHeader(getTranslation("admin.retries"))
        .setAutoWidth(true);
    lockedJobGrid
        .addColumn(
            j ->
                getTranslation(
                    j.stuck()
                        ? (j.ownerAlive() ? "admin.lockExpired" : "admin.ownerGone")
                        : "admin.running"))
        .setHeader(getTranslation("col.status"))
        .setFlexGrow(1);
    lockedJobGrid.setEmptyStateText(getTranslation("admin.noLockedJobs"));
    lockedJobGrid.setItems(processes.lockedJobs(SignedIn.require()));
    lockedJobGrid.setAllRowsVisible(true);

    add(
        new H2(getTranslation("admin.heading")),
        parties,
        new H3(getTranslation("admin.processes")),
        processGrid,
        new H3(getTranslation("admin.incidents")),
        incidentGrid,
        new H3(getTranslation("admin.lockedJobs")),
        lockedJobGrid);
  }

  private Button retryButton(
      Incident incident, ProcessAdministration processes, Grid<Incident> grid) {
    Button retry =
        new Button(
            getTranslation("admin.retry"),
            e -> {
              try {
                processes.retry(SignedIn.require(), incident.incidentId());
                Notifications.success(getTranslation("admin.retried", incident.businessKey()));
              } catch (ConflictException ex) {
                Notifications.error(ex.getMessage());
              }
              grid.setItems(processes.incidents(SignedIn.require()));
            });
    retry.setDisableOnClick(true);
    retry.addClassName("retry-incident");
    return retry;
  }
}
