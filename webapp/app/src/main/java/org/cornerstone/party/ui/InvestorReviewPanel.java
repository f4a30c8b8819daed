package org.cornerstone.party.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Inject;
import java.util.List;
import org.cornerstone.origination.application.AssetDetails;
import org.cornerstone.origination.ui.AssetPanels;
import org.cornerstone.party.application.InvestorDetails;
import org.cornerstone.party.application.InvestorQueries;
import org.cornerstone.party.application.InvestorUnderReview;
import org.cornerstone.review.application.ReviewTaskView;
import org.cornerstone.review.ui.ReviewSubjectPanel;
import org.cornerstone.shared.Actor;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.SignedIn;

/** An investor under compliance review: the profile and the identity documents. */
public class InvestorReviewPanel implements ReviewSubjectPanel {
  static final String KIND = InvestorUnderReview.KIND;

  private final InvestorQueries investors;

  @Inject
  public InvestorReviewPanel(InvestorQueries investors) {
    this.investors = investors;
  }

  @Override
  public boolean shows(ReviewTaskView task) {
    return KIND.equals(task.subjectKind());
  }

  @Override
  public void show(VerticalLayout screen, ReviewTaskView task) {
    investors.details(SignedIn.require(), task.subjectId()).ifPresent(i -> show(screen, i));
  }

  private void show(VerticalLayout screen, InvestorDetails investor) {
    Actor me = SignedIn.require(); // previews run without the session lock
    var summary = investor.summary();
    Div facts = new Div();
    facts.addClassName("facts");
    AssetPanels.fact(
        facts,
        screen.getTranslation("task.investor.legalName"),
        summary.legalName(),
        "fact-legal-name");
    AssetPanels.fact(
        facts, screen.getTranslation("task.investor.username"), summary.username(), null);
    AssetPanels.fact(
        facts, screen.getTranslation("task.investor.country"), summary.country(), "fact-country");
    AssetPanels.fact(
        facts,
        screen.getTranslation("task.investor.category"),
        summary.category(),
        "fact-category");
    AssetPanels.fact(
        facts,
        screen.getTranslation("task.investor.registered"),
        Formats.time(investor.registeredAt()),
        null);
    screen.add(facts, new H3(screen.getTranslation("detail.documents")));
    List<AssetDetails.DocumentInfo> documents =
        investor.documents().stream()
            .map(
                d ->
                    new AssetDetails.DocumentInfo(
                        d.id(), d.type(), d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256()))
            .toList();
    screen.add(
        AssetPanels.documents(
            screen, documents, d -> investors.document(me, summary.id(), d.id())));
  }
}
