package org.cornerstone.registry.controls.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Inject;
import org.cornerstone.registry.controls.application.ActionUnderReview;
import org.cornerstone.registry.controls.application.ActionView;
import org.cornerstone.registry.controls.application.IssuerAgentActions;
import org.cornerstone.review.application.ReviewTaskView;
import org.cornerstone.review.ui.ReviewSubjectPanel;
import org.cornerstone.shared.Actor;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.SignedIn;

/** An issuer-agent action under a trustee's review: what, whose, why, and the evidence. */
public class ActionReviewPanel implements ReviewSubjectPanel {
  private final IssuerAgentActions actions;

  @Inject
  public ActionReviewPanel(IssuerAgentActions actions) {
    this.actions = actions;
  }

  @Override
  public boolean shows(ReviewTaskView task) {
    return ActionUnderReview.KIND.equals(task.subjectKind());
  }

  @Override
  public void show(VerticalLayout screen, ReviewTaskView task) {
    Actor me = SignedIn.require();
    actions.action(me, task.subjectId()).ifPresent(a -> show(screen, me, a));
  }

  private void show(VerticalLayout screen, Actor me, ActionView a) {
    Div facts = new Div();
    facts.addClassName("facts");
    facts.setId("action-facts");
    fact(
        facts, screen.getTranslation("col.kind"), screen.getTranslation("action.kind." + a.kind()));
    fact(facts, screen.getTranslation("action.instrument"), a.instrumentId());
    fact(facts, screen.getTranslation("col.holder"), ActionGrids.dash(a.holder()));
    fact(facts, screen.getTranslation("action.recipient"), ActionGrids.dash(a.recipient()));
    fact(
        facts,
        screen.getTranslation("col.tokens"),
        a.quantity() == null
            ? screen.getTranslation("action.whole")
            : Formats.number(a.quantity()));
    fact(
        facts,
        screen.getTranslation("action.requester"),
        a.requestedByName() + " (" + a.requestedBy() + "), " + Formats.time(a.requestedAt()));
    Paragraph reason = new Paragraph(a.reason());
    reason.setId("action-reason-text");
    screen.add(
        facts,
        new H3(screen.getTranslation("action.reason")),
        reason,
        new H3(screen.getTranslation("action.evidence")),
        ActionGrids.evidence(actions, me, a),
        new Paragraph(screen.getTranslation("action.fourEyes")));
  }

  private static void fact(Div facts, String label, String value) {
    Div row = new Div(new Span(label + ": "), new Span(value));
    row.addClassName("fact");
    facts.add(row);
  }
}
