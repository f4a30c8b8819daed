package org.cornerstone.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.cornerstone.review.application.InboxChanges;
import org.cornerstone.review.application.ReviewService;
import org.cornerstone.review.application.ReviewTaskView;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.LiveRefresh;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.PushRefresh;
import org.cornerstone.ui.base.SignedIn;
import org.cornerstone.ui.base.StartPage;

/**
 * The reviewer's inbox: my tasks and my groups' tasks (compliance, valuer, legal, trustee, senior
 * trustee), filtered by who has them, asset kind and process, the earliest due first. A click opens
 * the task.
 */
@Menu(title = "nav.inbox", order = 40, icon = "vaadin:inbox")
@StartPage(rank = 1)
@Route(value = "inbox", layout = MainLayout.class)
@PageTitle("Review inbox | Cornerstone")
@RolesAllowed({
  "TRUSTEE",
  "SENIOR_TRUSTEE",
  "COMPLIANCE",
  "LEGAL",
  "VALUER",
  "REGISTRAR",
  "SETTLEMENT_BANK",
  "DEBTOR"
})
public class ReviewInboxView extends VerticalLayout {
  /** How often the inbox is read without a push (another node's changes). */
  static final int FALLBACK_POLL_MILLIS = 30_000;

  private final ReviewService reviews;
  private final Grid<ReviewTaskView> grid = new Grid<>();
  private final H2 heading = new H2();
  private final Select<String> filter = new Select<>();
  private final Select<String> kind = new Select<>();
  private final Select<String> process = new Select<>();
  private List<ReviewTaskView> shown = List.of();
  private java.util.Set<String> known;

  @Inject
  public ReviewInboxView(ReviewService reviews, InboxChanges changes) {
    this.reviews = reviews;
    setId("review-inbox-view");
    setSizeFull();

    grid.setId("tasks-grid");
    grid.addColumn(ReviewTaskView::subjectId)
        .setHeader(getTranslation("col.subject"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(ReviewTaskView::subjectTitle)
        .setHeader(getTranslation("col.title"))
        .setFlexGrow(1);
    grid.addColumn(t -> getTranslation("kind." + t.subjectKind()))
        .setHeader(getTranslation("col.kind"))
        .setAutoWidth(true);
    grid.addColumn(ReviewTaskView::taskName)
        .setHeader(getTranslation("col.step"))
        .setAutoWidth(true);
    grid.addComponentColumn(
            t -> {
              Span due = new Span(Formats.time(t.due()));
              if (t.overdue()) {
                due.getElement().getThemeList().add("badge error");
                due.setText(getTranslation("inbox.overdue", Formats.time(t.due())));
                due.addClassName("overdue");
              }
              return due;
            })
        .setHeader(getTranslation("col.due"))
        .setAutoWidth(true);
    grid.addColumn(t -> t.assignee() == null ? "" : t.assignee())
        .setHeader(getTranslation("col.assignee"))
        .setAutoWidth(true);
    grid.setEmptyStateText(getTranslation("inbox.empty"));
    grid.addItemClickListener(
        e -> getUI().ifPresent(ui -> ui.navigate(TaskDetailView.class, e.getItem().taskId())));

    filter.setId("inbox-filter");
    filter.setLabel(getTranslation("inbox.filter"));
    filter.setItems("all", "mine", "unclaimed", "overdue");
    filter.setItemLabelGenerator(f -> getTranslation("inbox.filter." + f));
    filter.setValue("all");
    kind.setId("inbox-kind");
    kind.setLabel(getTranslation("inbox.kind"));
    kind.setItems(
        "all",
        "REAL_ESTATE",
        "COPYRIGHT",
        "INVESTOR",
        "DEPOSIT",
        "WITHDRAWAL",
        "OFFERING",
        "TRANSFER_RULES",
        "ISSUER_AGENT_ACTION");
    kind.setItemLabelGenerator(k -> getTranslation("all".equals(k) ? "inbox.all" : "kind." + k));
    kind.setValue("all");
    process.setId("inbox-process");
    process.setLabel(getTranslation("inbox.process"));
    process.setItems(
        "all",
        "real-estate-onboarding",
        "copyright-onboarding",
        "investor-onboarding",
        "cash-deposit",
        "cash-withdrawal",
        "primary-offering",
        "transfer-rules-change",
        "issuer-agent-action");
    process.setItemLabelGenerator(
        p -> getTranslation("all".equals(p) ? "inbox.all" : "process." + p));
    process.setValue("all");
    filter.addValueChangeListener(e -> refresh());
    kind.addValueChangeListener(e -> refresh());
    process.addValueChangeListener(e -> refresh());

    HorizontalLayout filters = new HorizontalLayout(filter, kind, process);
    add(heading, filters, grid);
    refresh();
    // pushed when a task changes on this node; the slow poll catches changes made on another node
    PushRefresh.follow(this, changes::subscribe, this::refresh);
    LiveRefresh.every(this, FALLBACK_POLL_MILLIS, this::refresh);
  }

  private void refresh() {
    String me = SignedIn.require().userId();
    List<ReviewTaskView> all = reviews.inbox(SignedIn.require());
    List<ReviewTaskView> tasks =
        all.stream()
            .filter(
                t ->
                    switch (Objects.requireNonNullElse(filter.getValue(), "all")) {
                      case "mine" -> me.equals(t.assignee());
                      case "unclaimed" -> t.assignee() == null;
                      case "overdue" -> t.overdue();
                      default -> true;
                    })
            .filter(t -> "all".equals(kind.getValue()) || t.subjectKind().equals(kind.getValue()))
            .filter(
                t -> "all".equals(process.getValue()) || t.processKey().equals(process.getValue()))
            .toList();
    heading.setText(getTranslation("inbox.heading", all.size()));
    java.util.Set<String> ids =
        all.stream().map(ReviewTaskView::taskId).collect(java.util.stream.Collectors.toSet());
    if (known != null && !known.containsAll(ids)) {
      Notifications.success(getTranslation("inbox.newTask"));
    }
    known = ids;
    if (!tasks.equals(shown)) {
      shown = tasks;
      grid.setItems(tasks);
    }
  }
}
