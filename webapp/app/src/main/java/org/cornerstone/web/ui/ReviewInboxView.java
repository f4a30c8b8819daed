package org.cornerstone.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.cornerstone.origination.application.AssetDetails;
import org.cornerstone.origination.application.AssetQueries;
import org.cornerstone.origination.application.ReviewTaskView;
import org.cornerstone.origination.application.TrusteeReviewService;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;

/**
 * The trustee's inbox: open reviews on the left, the selected asset and the decision on the right.
 */
@Route(value = "inbox", layout = MainLayout.class)
@PageTitle("Review inbox | Cornerstone")
@RolesAllowed("TRUSTEE")
public class ReviewInboxView extends SplitLayout {
  private final TrusteeReviewService reviews;
  private final AssetQueries queries;
  private final Grid<ReviewTaskView> grid = new Grid<>();
  private final VerticalLayout detail = new VerticalLayout();
  private final H2 heading = new H2();
  private final Select<String> filter = new Select<>();

  @Inject
  public ReviewInboxView(TrusteeReviewService reviews, AssetQueries queries) {
    this.reviews = reviews;
    this.queries = queries;
    setId("review-inbox-view");
    setSizeFull();
    setSplitterPosition(45);

    grid.setId("tasks-grid");
    grid.addColumn(ReviewTaskView::assetId)
        .setHeader(getTranslation("col.asset"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(ReviewTaskView::assetTitle)
        .setHeader(getTranslation("col.title"))
        .setFlexGrow(1);
    grid.addColumn(ReviewTaskView::taskName)
        .setHeader(getTranslation("col.step"))
        .setAutoWidth(true);
    grid.addComponentColumn(
            t -> {
              Span due = new Span(Formats.time(t.due()));
              if (t.overdue()) {
                due.getElement().getThemeList().add("badge error");
                due.setText(getTranslation("inbox.overdue", Formats.time(t.due())));
              }
              return due;
            })
        .setHeader(getTranslation("col.due"))
        .setAutoWidth(true);
    grid.addColumn(t -> t.assignee() == null ? "" : t.assignee())
        .setHeader(getTranslation("col.assignee"))
        .setAutoWidth(true);
    grid.setEmptyStateText(getTranslation("inbox.empty"));
    filter.setId("inbox-filter");
    filter.setLabel(getTranslation("inbox.filter"));
    filter.setItems("all", "mine", "unclaimed", "overdue");
    filter.setItemLabelGenerator(f -> getTranslation("inbox.filter." + f));
    filter.setValue("all");
    filter.addValueChangeListener(e -> refresh());
    grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

    VerticalLayout left = new VerticalLayout(heading, filter, grid);
    left.setSizeFull();
    detail.setId("task-detail");
    detail.add(new Paragraph(getTranslation("inbox.select")));
    addToPrimary(left);
    addToSecondary(detail);
    refresh();
    LiveRefresh.every(this, 5000, this::refresh);
  }

  private void refresh() {
    ReviewTaskView selected = grid.asSingleSelect().getValue();
    String me = SignedIn.require().userId();
    List<ReviewTaskView> all = reviews.inbox(SignedIn.require());
    List<ReviewTaskView> tasks =
        all.stream()
            .filter(
                t ->
                    switch (filter.getValue() == null ? "all" : filter.getValue()) {
                      case "mine" -> me.equals(t.assignee());
                      case "unclaimed" -> t.assignee() == null;
                      case "overdue" -> t.overdue();
                      default -> true;
                    })
            .toList();
    heading.setText(getTranslation("inbox.heading", all.size()));
    grid.setItems(tasks);
    if (selected != null) {
      tasks.stream()
          .filter(t -> t.taskId().equals(selected.taskId()))
          .findFirst()
          .ifPresentOrElse(t -> grid.asSingleSelect().setValue(t), () -> show(null));
    }
  }

  private void show(ReviewTaskView task) {
    detail.removeAll();
    if (task == null) {
      detail.add(new Paragraph(getTranslation("inbox.select")));
      return;
    }
    AssetDetails asset = queries.asset(SignedIn.require(), task.assetId()).orElse(null);
    if (asset == null) {
      detail.add(new Paragraph(getTranslation("inbox.gone")));
      return;
    }
    H3 title = new H3(task.assetId() + " · " + asset.summary().title());
    title.setId("task-asset-title");
    Div facts = new Div();
    facts.addClassName("facts");
    facts.add(
        line(getTranslation("detail.address"), asset.address()),
        line(getTranslation("detail.jurisdiction"), asset.jurisdiction()),
        line(getTranslation("detail.value"), asset.summary().appraisedValue()),
        line(
            getTranslation("inbox.tokensToIssue"), Formats.number(asset.summary().tokensToIssue())),
        line(getTranslation("detail.originator"), asset.summary().originator()),
        line(getTranslation("detail.submitted"), Formats.time(asset.summary().submittedAt())));
    VerticalLayout documents = new VerticalLayout();
    documents.setPadding(false);
    documents.setSpacing(false);
    for (AssetDetails.DocumentInfo d : asset.documents()) {
      Anchor link = DocumentLinks.link(queries, task.assetId(), d, d.type() + ": " + d.fileName());
      Span hash = new Span("SHA-256 " + d.sha256());
      hash.addClassName("hash");
      documents.add(new Div(link), hash);
    }

    TextArea comment = new TextArea(getTranslation("inbox.comment"));
    comment.setId("review-comment");
    comment.setWidthFull();
    comment.setMaxLength(2000);
    Button approve = new Button(getTranslation("inbox.approve"), VaadinIcon.CHECK.create());
    approve.setId("approve");
    approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
    approve.setDisableOnClick(true);
    approve.addClickListener(e -> decide(task, true, comment.getValue(), approve));
    Button reject = new Button(getTranslation("inbox.reject"), VaadinIcon.CLOSE.create());
    reject.setId("reject");
    reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
    reject.setDisableOnClick(true);
    reject.addClickListener(e -> decide(task, false, comment.getValue(), reject));

    String me = SignedIn.require().userId();
    HorizontalLayout ownership = new HorizontalLayout();
    ownership.setAlignItems(FlexComponent.Alignment.BASELINE);
    if (task.assignee() == null) {
      Button claim = new Button(getTranslation("inbox.claim"), e -> own(task, true));
      claim.setId("claim");
      ownership.add(claim);
    } else if (me.equals(task.assignee())) {
      Button unclaim = new Button(getTranslation("inbox.unclaim"), e -> own(task, false));
      unclaim.setId("unclaim");
      ownership.add(unclaim);
    } else {
      Span claimed = new Span(getTranslation("inbox.claimedBy", task.assignee()));
      claimed.setId("claimed-by");
      ownership.add(claimed);
      approve.setEnabled(false);
      reject.setEnabled(false);
    }
    detail.add(
        title,
        ownership,
        facts,
        new H3(getTranslation("detail.documents")),
        documents,
        comment,
        new HorizontalLayout(approve, reject));
  }

  private void own(ReviewTaskView task, boolean claim) {
    try {
      if (claim) {
        reviews.claim(SignedIn.require(), task.taskId());
      } else {
        reviews.unclaim(SignedIn.require(), task.taskId());
      }
    } catch (ConflictException e) {
      Notifications.error(e.getMessage());
    }
    refresh();
    reviews.task(SignedIn.require(), task.taskId()).ifPresentOrElse(this::show, () -> show(null));
  }

  private void decide(ReviewTaskView task, boolean approved, String comment, Button button) {
    try {
      reviews.decide(SignedIn.require(), task.taskId(), approved, comment);
      Notifications.success(
          getTranslation(approved ? "inbox.approved" : "inbox.rejected", task.assetId()));
      grid.asSingleSelect().clear();
      refresh();
    } catch (ValidationException e) {
      Notifications.errors(e.problems());
      button.setEnabled(true);
    } catch (ConflictException e) {
      Notifications.error(e.getMessage());
      refresh();
    }
  }

  private static Div line(String label, String value) {
    Div row = new Div();
    row.addClassName("fact");
    Span name = new Span(label);
    name.addClassName("fact-label");
    Span text = new Span(value);
    text.addClassName("fact-value");
    row.add(name, text);
    return row;
  }
}
