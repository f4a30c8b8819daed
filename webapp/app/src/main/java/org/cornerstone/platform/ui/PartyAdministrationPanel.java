package org.cornerstone.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import org.cornerstone.party.application.Administration;
import org.cornerstone.party.application.OrganisationSummary;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.party.application.UserView;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;

/**
 * The administrator's party screens: the user grid with disable/enable, organisations, the forms to
 * add an organisation and a user, and the audit trail of who did what when.
 */
class PartyAdministrationPanel extends VerticalLayout {
  private static final List<String> ORGANISATION_KINDS =
      List.of(
          "ORIGINATOR",
          "TRUSTEE",
          "INVESTOR",
          "SETTLEMENT_BANK",
          "OPERATOR",
          "CORE_ENTERPRISE",
          "SUPPLIER",
          "FINANCIER");

  private final UserDirectory directory;
  private final Administration administration;
  private final Grid<UserView> userGrid = new Grid<>();
  private final Grid<OrganisationSummary> organisationGrid = new Grid<>();
  private final Grid<Administration.AuditLine> auditGrid = new Grid<>();
  private final ComboBox<OrganisationSummary> userOrganisation = new ComboBox<>();

  PartyAdministrationPanel(UserDirectory directory, Administration administration) {
    this.directory = directory;
    this.administration = administration;
    setPadding(false);
    userGrid.setId("users-grid");
    userGrid.addColumn(UserView::username).setHeader(getTranslation("col.user")).setAutoWidth(true);
    userGrid
        .addColumn(UserView::displayName)
        .setHeader(getTranslation("col.name"))
        .setAutoWidth(true);
    userGrid
        .addColumn(UserView::organisation)
        .setHeader(getTranslation("col.organisation"))
        .setAutoWidth(true);
    userGrid
        .addColumn(u -> String.join(", ", u.roles()))
        .setHeader(getTranslation("col.roles"))
        .setAutoWidth(true);
    userGrid
        .addColumn(
            u -> u.active() ? getTranslation("admin.active") : getTranslation("admin.disabled"))
        .setHeader(getTranslation("col.status"))
        .setAutoWidth(true);
    userGrid.addComponentColumn(this::activeButton).setAutoWidth(true);
    userGrid.addComponentColumn(this::resetButton).setAutoWidth(true);
    userGrid.setAllRowsVisible(true);

    organisationGrid.setId("organisations-grid");
    organisationGrid
        .addColumn(OrganisationSummary::name)
        .setHeader(getTranslation("col.organisation"))
        .setAutoWidth(true);
    organisationGrid
        .addColumn(OrganisationSummary::kind)
        .setHeader(getTranslation("admin.kind"))
        .setAutoWidth(true);
    organisationGrid
        .addColumn(OrganisationSummary::x500Name)
        .setHeader(getTranslation("admin.ledgerIdentity"))
        .setFlexGrow(1);
    organisationGrid.setAllRowsVisible(true);

    auditGrid.setId("audit-grid");
    auditGrid
        .addColumn(a -> Formats.time(a.at()))
        .setHeader(getTranslation("admin.when"))
        .setAutoWidth(true);
    auditGrid
        .addColumn(Administration.AuditLine::actor)
        .setHeader(getTranslation("admin.who"))
        .setAutoWidth(true);
    auditGrid
        .addColumn(Administration.AuditLine::action)
        .setHeader(getTranslation("admin.what"))
        .setAutoWidth(true);
    auditGrid
        .addColumn(Administration.AuditLine::subject)
        .setHeader(getTranslation("admin.subject"))
        .setAutoWidth(true);
    auditGrid
        .addColumn(a -> a.detail() == null ? "" : a.detail())
        .setHeader(getTranslation("col.message"))
        .setFlexGrow(1);
    auditGrid.setEmptyStateText(getTranslation("admin.noAudit"));
    auditGrid.setAllRowsVisible(true);

    add(
        new H3(getTranslation("admin.users")),
        userGrid,
        newUserForm(),
        new H3(getTranslation("admin.organisations")),
        organisationGrid,
        newOrganisationForm(),
        new H3(getTranslation("admin.audit")),
        auditGrid);
    refresh();
  }

  private FormLayout newOrganisationForm() {
    TextField name = new TextField(getTranslation("admin.orgName"));
    name.setId("new-organisation-name");
    Select<String> kind = new Select<>();
    kind.setId("new-organisation-kind");
    kind.setLabel(getTranslation("admin.kind"));
    kind.setItems(ORGANISATION_KINDS);
    kind.setValue("ORIGINATOR");
    TextField x500 = new TextField(getTranslation("admin.ledgerIdentity"));
    x500.setId("new-organisation-x500");
    x500.setHelperText(getTranslation("admin.ledgerIdentityHelp"));
    Button add =
        new Button(
            getTranslation("admin.addOrganisation"),
            e -> {
              if (run(
                  () ->
                      administration.createOrganisation(
                          SignedIn.require(),
                          new Administration.NewOrganisation(
                              name.getValue(), kind.getValue(), x500.getValue())))) {
                Notifications.success(getTranslation("admin.organisationAdded", name.getValue()));
                name.clear();
                x500.clear();
              }
            });
    add.setId("add-organisation");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return new FormLayout(name, kind, x500, add);
  }

  private FormLayout newUserForm() {
    TextField username = new TextField(getTranslation("col.user"));
    username.setId("new-user-username");
    TextField displayName = new TextField(getTranslation("col.name"));
    displayName.setId("new-user-name");
    userOrganisation.setId("new-user-organisation");
    userOrganisation.setLabel(getTranslation("col.organisation"));
    userOrganisation.setItemLabelGenerator(OrganisationSummary::name);
    CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("col.roles"));
    roles.setId("new-user-roles");
    roles.setItems(Arrays.stream(Role.values()).map(Role::name).toList());
    PasswordField password = new PasswordField(getTranslation("admin.initialPassword"));
    password.setId("new-user-password");
    Button add =
        new Button(
            getTranslation("admin.addUser"),
            e -> {
              OrganisationSummary org = userOrganisation.getValue();
              if (run(
                  () ->
                      administration.createUser(
                          SignedIn.require(),
                          new Administration.NewUser(
                              username.getValue(),
                              displayName.getValue(),
                              org == null ? null : org.id(),
                              List.copyOf(roles.getValue()),
                              password.getValue())))) {
                Notifications.success(getTranslation("admin.userAdded", username.getValue()));
                username.clear();
                displayName.clear();
                roles.clear();
                password.clear();
              }
            });
    add.setId("add-user");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return new FormLayout(username, displayName, userOrganisation, roles, password, add);
  }

  private Button activeButton(UserView user) {
    Button button =
        new Button(
            getTranslation(user.active() ? "admin.disable" : "admin.enable"),
            e ->
                run(
                    () ->
                        administration.setActive(
                            SignedIn.require(), user.username(), !user.active())));
    button.addClassName(user.active() ? "disable-user" : "enable-user");
    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return button;
  }

  private Button resetButton(UserView user) {
    Button button =
        new Button(
            getTranslation("admin.resetPassword"),
            e -> {
              com.vaadin.flow.component.dialog.Dialog dialog =
                  new com.vaadin.flow.component.dialog.Dialog();
              dialog.setHeaderTitle(getTranslation("admin.resetPassword.title", user.username()));
              com.vaadin.flow.component.textfield.PasswordField password =
                  new com.vaadin.flow.component.textfield.PasswordField(
                      getTranslation("admin.resetPassword.new"));
              password.setId("reset-password");
              Button save =
                  new Button(
                      getTranslation("admin.resetPassword.save"),
                      click -> {
                        if (run(
                            () ->
                                administration.resetPassword(
                                    SignedIn.require(), user.username(), password.getValue()))) {
                          Notifications.success(
                              getTranslation("admin.resetPassword.done", user.username()));
                          dialog.close();
                        }
                      });
              save.setId("reset-password-save");
              save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
              dialog.add(password);
              dialog
                  .getFooter()
                  .add(new Button(getTranslation("admin.cancel"), c -> dialog.close()), save);
              dialog.open();
            });
    button.addClassName("reset-password");
    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return button;
  }

  /** Runs an administrative act; shows the problems if it is refused. True if it succeeded. */
  private boolean run(Runnable act) {
    try {
      act.run();
      return true;
    } catch (ValidationException e) {
      Notifications.errors(e.problems());
      return false;
    } catch (ConflictException | NotFoundException e) {
      Notifications.error(e.getMessage());
      return false;
    } finally {
      refresh();
    }
  }

  private void refresh() {
    var actor = SignedIn.require();
    userGrid.setItems(directory.users(actor));
    List<OrganisationSummary> organisations = administration.organisations(actor);
    organisationGrid.setItems(organisations);
    userOrganisation.setItems(organisations);
    auditGrid.setItems(administration.auditTrail(actor));
  }
}
