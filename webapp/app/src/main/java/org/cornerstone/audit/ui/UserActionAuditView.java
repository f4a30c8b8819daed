package org.cornerstone.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cornerstone.audit.application.UserActionView;
import org.cornerstone.audit.application.UserActions;
import org.cornerstone.audit.domain.Outcome;
import org.cornerstone.audit.domain.UserActionQuery;
import org.cornerstone.party.application.Administration;
import org.cornerstone.shared.Actor;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.SignedIn;
import org.cornerstone.ui.base.StartPage;

/**
 * The auditor's screen, read-only: the audit log of user actions filtered by user, action, outcome
 * and period (UTC days, both inclusive), one page at a time from the server, with a CSV export of
 * what the filters select; below it the administration audit trail. The issuer-agent actions are on
 * their own screen ({@code registry/audit}), open to the auditor too.
 */
@Menu(title = "nav.userActionAudit", order = 74, icon = "vaadin:clipboard-text")
@Route(value = "audit/user-actions", layout = MainLayout.class)
@PageTitle("Audit log | Cornerstone")
@RolesAllowed("AUDITOR")
@StartPage(rank = 5)
public class UserActionAuditView extends VerticalLayout {
  private final transient UserActions actions;
  private final Actor me;
  final TextField user = new TextField();
  final TextField action = new TextField();
  final Select<String> outcome = new Select<>();
  final DatePicker from = new DatePicker();
  final DatePicker to = new DatePicker();
  final Grid<UserActionView> grid = new Grid<>();
  final Anchor csv = new Anchor();
  final Span total = new Span();

  @Inject
  public UserActionAuditView(UserActions actions, Administration administration) {
    this.actions = actions;
    this.me = SignedIn.require();
    setId("user-action-audit-view");
    setWidthFull();

    user.setLabel(getTranslation("audit.filter.user"));
    user.setId("audit-filter-user");
    action.setLabel(getTranslation("audit.filter.action"));
    action.setId("audit-filter-action");
    outcome.setLabel(getTranslation("audit.filter.outcome"));
    outcome.setId("audit-filter-outcome");
    outcome.setItems("", Outcome.SUCCEEDED.name(), Outcome.REFUSED.name(), Outcome.FAILED.name());
    outcome.setItemLabelGenerator(
        o ->
            o.isEmpty()
                ? getTranslation("audit.outcome.any")
                : getTranslation("audit.outcome." + o));
    outcome.setValue("");
    from.setLabel(getTranslation("audit.filter.from"));
    from.setId("audit-filter-from");
    to.setLabel(getTranslation("audit.filter.to"));
    to.setId("audit-filter-to");
    for (var field : List.of(user, action)) {
      field.setWidth("10em");
      field.setClearButtonVisible(true);
    }
    outcome.setWidth("9em");
    from.setWidth("10em");
    to.setWidth("10em");
    Button apply = new Button(getTranslation("audit.filter.apply"), e -> refresh());
    apply.setId("audit-filter-apply");
    csv.setText(getTranslation("audit.csv"));
    csv.setId("audit-csv");
    csv.getElement().setAttribute("download", true);
    HorizontalLayout filters = new HorizontalLayout(user, action, outcome, from, to, apply, csv);
    filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    filters.setWrap(true);

    grid.setId("user-action-grid");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(v -> Formats.time(v.at()))
        .setHeader(getTranslation("audit.col.at"))
        .setWidth("9.5em")
        .setFlexGrow(0);
    grid.addColumn(UserActionView::user)
        .setHeader(getTranslation("audit.col.user"))
        .setTooltipGenerator(v -> v.organisation() == null ? "" : v.organisation())
        .setWidth("6em")
        .setFlexGrow(0);
    grid.addColumn(v -> v.channel() + " " + v.action())
        .setHeader(getTranslation("audit.col.action"))
        .setWidth("12em")
        .setFlexGrow(2);
    grid.addColumn(v -> v.subject() == null ? "" : v.subject())
        .setHeader(getTranslation("audit.col.subject"))
        .setWidth("8em")
        .setFlexGrow(1);
    grid.addColumn(v -> v.clientAddress() == null ? "" : v.clientAddress())
        .setHeader(getTranslation("audit.col.from"))
        .setWidth("7em")
        .setFlexGrow(0);
    grid.addColumn(v -> getTranslation("audit.outcome." + v.outcome()))
        .setHeader(getTranslation("audit.col.outcome"))
        .setWidth("7.5em")
        .setFlexGrow(0)
        .setTextAlign(ColumnTextAlign.START);
    grid.addColumn(v -> v.reason() == null ? "" : v.reason())
        .setHeader(getTranslation("audit.col.reason"))
        .setWidth("8em")
        .setFlexGrow(2);
    grid.setHeight("28em");
    total.setId("audit-total");

    Grid<Administration.AuditLine> admin = new Grid<>();
    admin.setId("admin-audit-grid");
    admin.addThemeVariants(GridVariant.LUMO_COMPACT);
    admin.addColumn(a -> Formats.time(a.at())).setHeader(getTranslation("audit.col.at"));
    admin.addColumn(Administration.AuditLine::actor).setHeader(getTranslation("audit.col.user"));
    admin.addColumn(Administration.AuditLine::action).setHeader(getTranslation("audit.col.action"));
    admin
        .addColumn(Administration.AuditLine::subject)
        .setHeader(getTranslation("audit.col.subject"));
    admin
        .addColumn(a -> a.detail() == null ? "" : a.detail())
        .setHeader(getTranslation("audit.col.reason"));
    admin.setHeight("14em");
    admin.setItems(administration.auditTrail(me));

    add(
        new H2(getTranslation("audit.heading")),
        new Paragraph(getTranslation("audit.intro")),
        filters,
        total,
        grid,
        new H3(getTranslation("audit.admin.heading")),
        admin);
    refresh();
  }

  /** The filters as a query; null where a filter is empty. The end day counts whole. */
  UserActionQuery query() {
    LocalDate start = from.getValue();
    LocalDate end = to.getValue();
    return new UserActionQuery(
        user.getValue(),
        action.getValue(),
        outcome.getValue() == null || outcome.getValue().isEmpty()
            ? null
            : Outcome.valueOf(outcome.getValue()),
        start == null ? null : start.atStartOfDay(ZoneOffset.UTC).toInstant(),
        end == null ? null : end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  void refresh() {
    UserActionQuery query = query();
    if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
      com.vaadin.flow.component.notification.Notification.show(getTranslation("audit.badPeriod"));
      return;
    }
    grid.setItems(
        new CallbackDataProvider<UserActionView, Void>(
            q -> actions.list(me, query, q.getPage(), q.getPageSize()).items().stream(),
            q -> (int) Math.min(Integer.MAX_VALUE, actions.list(me, query, 0, 1).total())));
    total.setText(getTranslation("audit.total", actions.list(me, query, 0, 1).total()));
    Actor actor = me;
    UserActions service = actions;
    csv.setHref(
        DownloadHandler.fromInputStream(
            e -> {
              byte[] bytes = service.csv(actor, query).getBytes(StandardCharsets.UTF_8);
              return new DownloadResponse(
                  new ByteArrayInputStream(bytes),
                  "user-actions.csv",
                  "text/csv; charset=UTF-8",
                  bytes.length);
            }));
  }
}
