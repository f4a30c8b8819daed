package org.cornerstone.registry.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Inject;
import org.cornerstone.origination.ui.AssetPanels;
import org.cornerstone.registry.application.RuleChangeUnderReview;
import org.cornerstone.registry.application.RuleChangeView;
import org.cornerstone.registry.application.TransferRuleService;
import org.cornerstone.review.application.ReviewTaskView;
import org.cornerstone.review.ui.ReviewSubjectPanel;
import org.cornerstone.ui.base.Formats;

/** A proposed change of transfer rules on the trustee's task screen: old and new rules, reason. */
public class RuleChangeReviewPanel implements ReviewSubjectPanel {
  private final TransferRuleService rules;

  @Inject
  public RuleChangeReviewPanel(TransferRuleService rules) {
    this.rules = rules;
  }

  @Override
  public boolean shows(ReviewTaskView task) {
    return RuleChangeUnderReview.KIND.equals(task.subjectKind());
  }

  @Override
  public void show(VerticalLayout screen, ReviewTaskView task) {
    rules.change(task.subjectId()).ifPresent(c -> show(screen, c));
  }

  private void show(VerticalLayout screen, RuleChangeView change) {
    Div facts = new Div();
    facts.addClassName("facts");
    AssetPanels.fact(
        facts, screen.getTranslation("col.instrument"), change.instrumentId(), "fact-instrument");
    AssetPanels.fact(
        facts,
        screen.getTranslation("rules.proposed"),
        change.proposedBy() + " · " + Formats.time(change.proposedAt()),
        "fact-proposed-by");
    AssetPanels.fact(facts, screen.getTranslation("rules.reason"), change.reason(), "fact-reason");
    AssetPanels.fact(
        facts,
        screen.getTranslation("rules.current") + " (v" + change.baseVersion() + ")",
        rules
            .currentView(change.instrumentId())
            .map(r -> RuleSetPanels.summary(screen, r))
            .orElse("—"),
        "fact-current-rules");
    AssetPanels.fact(
        facts,
        screen.getTranslation("rules.proposedRules") + " (v" + change.proposed().version() + ")",
        RuleSetPanels.summary(screen, change.proposed()),
        "fact-proposed-rules");
    screen.add(facts);
    screen.add(
        new H3(screen.getTranslation("rules.history")),
        RuleSetPanels.history(screen, rules.historyOf(change.instrumentId())));
  }
}
