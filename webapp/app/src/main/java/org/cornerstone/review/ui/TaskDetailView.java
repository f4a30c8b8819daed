package org.cornerstone.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.cornerstone.origination.ui.TypedUpload;
import org.cornerstone.platform.Settings;
import org.cornerstone.review.application.ReviewInput;
import org.cornerstone.review.application.ReviewService;
import org.cornerstone.review.application.ReviewTaskView;
import org.cornerstone.review.domain.ReviewOutcome;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;

/**
 * One review task: the asset's (or investor's) data, the documents previewed in the page, the
 * valuation with its assumptions, the history so far, and the actions this step allows.
 */
@Route(value = "task", layout = MainLayout.class)
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
public class TaskDetailView extends VerticalLayout
    implements HasUrlParameter<String>, BeforeEnterObserver, HasDynamicTitle {
  private final ReviewService reviews;
  private final List<ReviewSubjectPanel> panels;
  private final Settings settings;
  private String taskId;

  @Inject
  public TaskDetailView(
      ReviewService reviews, @Any Instance<ReviewSubjectPanel> panels, Settings settings) {
    this.reviews = reviews;
    this.panels = panels.stream().toList();
    this.settings = settings;
    setId("task-detail-view");
    setMaxWidth("1200px");
  }

  @Override
  public void setParameter(BeforeEvent event, String parameter) {
    this.taskId = parameter;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    render();
  }

  @Override
  public String getPageTitle() {
    return "Review task | Cornerstone";
  }

  private void render() {
    removeAll();
    Button back =
        new Button(
            getTranslation("task.back"),
            VaadinIcon.ARROW_LEFT.create(),
            e -> getUI().ifPresent(ui -> ui.navigate(ReviewInboxView.class)));
    back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    back.setId("back-to-inbox");
    add(back);
    Optional<ReviewTaskView> found = reviews.task(SignedIn.require(), taskId);
    if (found.isEmpty()) {
      H2 gone = new H2(getTranslation("task.gone"));
      gone.setId("task-gone");
      add(gone, new Paragraph(getTranslation("task.gone.text")));
      return;
    }
    ReviewTaskView task = found.get();
    H2 heading = new H2(task.taskName());
    heading.setId("task-heading");
    Span subject = new Span(task.subjectId() + " · " + task.subjectTitle());
    subject.setId("task-subject");
    subject.addClassName("task-subject");
    HorizontalLayout badges = new HorizontalLayout();
    Span kind = new Span(getTranslation("kind." + task.subjectKind()));
    kind.getElement().getThemeList().add("badge");
    badges.add(kind);
    Span due =
        new Span(
            task.overdue()
                ? getTranslation("inbox.overdue", Formats.time(task.due()))
                : getTranslation("task.due", Formats.time(task.due())));
    due.setId("task-due");
    due.getElement().getThemeList().add(task.overdue() ? "badge error" : "badge contrast");
    badges.add(due);
    add(heading, subject, badges, ownership(task));

    panels.stream().filter(p -> p.shows(task)).findFirst().ifPresent(p -> p.show(this, task));
    add(decisionForm(task));
  }

  private HorizontalLayout ownership(ReviewTaskView task) {
    String me = SignedIn.require().userId();
    HorizontalLayout ownership = new HorizontalLayout();
    ownership.setAlignItems(FlexComponent.Alignment.BASELINE);
    if (task.assignee() == null && !task.fourEyesBlocked()) {
      Button claim = new Button(getTranslation("inbox.claim"), e -> own(task, true));
      claim.setId("claim");
      ownership.add(claim);
    } else if (me.equals(task.assignee())) {
      Span mine = new Span(getTranslation("task.yours"));
      mine.setId("claimed-by-me");
      Button unclaim = new Button(getTranslation("inbox.unclaim"), e -> own(task, false));
      unclaim.setId("unclaim");
      ownership.add(mine, unclaim);
    } else if (task.assignee() != null) {
      Span claimed = new Span(getTranslation("inbox.claimedBy", task.assignee()));
      claimed.setId("claimed-by");
      ownership.add(claimed);
    }
    if (task.fourEyesBlocked()) {
      Span note = new Span(getTranslation("task.fourEyes", task.firstTrusteeApprover()));
      note.setId("four-eyes-note");
      note.addClassName("four-eyes-note");
      ownership.add(note);
    }
    return ownership;
  }

  private VerticalLayout decisionForm(ReviewTaskView task) {
    VerticalLayout form = new VerticalLayout();
    form.setId("decision-form");
    form.addClassName("decision-form");
    form.setPadding(false);
    form.add(new H3(getTranslation("task.decision")));
    boolean valuation = task.asksForAppraisal();
    boolean mayOverride = task.mayOverrideValuation();
    TextField appraised = new TextField(getTranslation("task.appraisedValue"));
    appraised.setId("appraised-value");
    appraised.setHelperText(
        getTranslation("task.appraisedValue.help")
            + " "
            + getTranslation("task.appraisedValue.example"));
    TypedUpload report = TypedUpload.valuationReport("valuation-report", settings.maxUploadBytes());
    TextField override = new TextField(getTranslation("task.override"));
    override.setId("valuation-override");
    override.setHelperText(getTranslation("task.override.help"));
    TextField overrideReason = new TextField(getTranslation("task.overrideReason"));
    overrideReason.setId("override-reason");
    overrideReason.setMaxLength(2000);
    if (valuation) {
      FormLayout figures = new FormLayout(appraised);
      form.add(figures, new Paragraph(getTranslation("task.valuationReport")), report);
    }
    if (mayOverride) {
      FormLayout figures = new FormLayout(override, overrideReason);
      form.add(figures);
    }
    TextArea comment = new TextArea(getTranslation("inbox.comment"));
    comment.setId("review-comment");
    comment.setWidthFull();
    comment.setMaxLength(2000);
    comment.setHelperText(getTranslation("task.comment.help"));
    Button approve =
        new Button(
            getTranslation(valuation ? "task.submitValuation" : "inbox.approve"),
            VaadinIcon.CHECK.create());
    approve.setId("approve");
    approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
    Button sendBack = new Button(getTranslation("task.sendBack"), VaadinIcon.REPLY.create());
    sendBack.setId("send-back");
    Button reject = new Button(getTranslation("inbox.reject"), VaadinIcon.CLOSE.create());
    reject.setId("reject");
    reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
    for (Button b : List.of(approve, sendBack, reject)) {
      b.setDisableOnClick(true);
    }
    approve.addClickListener(
        e ->
            decide(
                task,
                new ReviewInput(
                    ReviewOutcome.APPROVE,
                    comment.getValue(),
                    valuation ? appraised.getValue() : null,
                    valuation ? report.files().stream().findFirst().orElse(null) : null,
                    mayOverride ? override.getValue() : null,
                    mayOverride ? overrideReason.getValue() : null),
                approve));
    sendBack.addClickListener(
        e ->
            decide(
                task, ReviewInput.decision(ReviewOutcome.SEND_BACK, comment.getValue()), sendBack));
    reject.addClickListener(
        e -> decide(task, ReviewInput.decision(ReviewOutcome.REJECT, comment.getValue()), reject));
    String me = SignedIn.require().userId();
    boolean othersTask = task.assignee() != null && !me.equals(task.assignee());
    if (othersTask || task.fourEyesBlocked()) {
      approve.setEnabled(false);
      sendBack.setEnabled(false);
      reject.setEnabled(false);
    }
    sendBack.setVisible(
        panels.stream()
            .filter(p -> p.shows(task))
            .findFirst()
            .map(p -> p.offersSendBack(task))
            .orElse(true));
    panels.stream()
        .filter(p -> p.shows(task))
        .findFirst()
        .ifPresent(
            p -> {
              if (p.approveLabelKey(task) != null) {
                approve.setText(getTranslation(p.approveLabelKey(task)));
              }
              if (p.rejectLabelKey(task) != null) {
                reject.setText(getTranslation(p.rejectLabelKey(task)));
              }
            });
    form.add(comment, new HorizontalLayout(approve, sendBack, reject));
    return form;
  }

  private void own(ReviewTaskView task, boolean claim) {
    try {
      if (claim) {
        reviews.claim(SignedIn.require(), task.taskId());
      } else {
        reviews.unclaim(SignedIn.require(), task.taskId());
      }
    } catch (ConflictException | AccessDeniedException e) {
      Notifications.error(e.getMessage());
    }
    render();
  }

  private void decide(ReviewTaskView task, ReviewInput input, Button button) {
    try {
      reviews.decide(SignedIn.require(), task.taskId(), input);
      Notifications.success(
          getTranslation("task.done." + input.decision().name(), task.subjectId()));
      getUI().ifPresent(ui -> ui.navigate(ReviewInboxView.class));
    } catch (ValidationException e) {
      Notifications.errors(e.problems());
      button.setEnabled(true);
    } catch (AccessDeniedException e) {
      Notifications.error(e.getMessage());
      button.setEnabled(true);
    } catch (ConflictException e) {
      Notifications.error(e.getMessage());
      render();
    }
  }
}
