package org.cornerstone.securitization.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Inject;
import org.cornerstone.review.application.ReviewTaskView;
import org.cornerstone.review.ui.ReviewSubjectPanel;
import org.cornerstone.securitization.application.DealUnderReview;
import org.cornerstone.securitization.application.Deals;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.ui.base.SignedIn;

/**
 * A deal under legal review or trustee approval: its terms, pool balance, SPV and tranches, with a
 * link to the deal's page (pool with eligibility, structure, deal file). Nothing is sent back.
 */
public class DealReviewPanel implements ReviewSubjectPanel {
  private final Deals deals;

  @Inject
  public DealReviewPanel(Deals deals) {
    this.deals = deals;
  }

  @Override
  public boolean shows(ReviewTaskView task) {
    return DealUnderReview.KIND.equals(task.subjectKind());
  }

  @Override
  public void show(VerticalLayout screen, ReviewTaskView task) {
    try {
      deals
          .deal(SignedIn.require(), task.subjectId())
          .ifPresent(
              d -> {
                Paragraph facts =
                    new Paragraph(
                        screen.getTranslation(
                            "deal.review.facts",
                            d.name(),
                            d.sellerName(),
                            d.currency() + " " + d.poolBalance(),
                            d.pool().size(),
                            d.spvName(),
                            d.structure() == null ? 0 : d.structure().tranches().size()));
                facts.setId("deal-review-facts");
                Anchor open =
                    new Anchor("deals/" + d.id(), screen.getTranslation("deal.review.open"));
                open.setId("deal-review-open");
                screen.add(facts, open);
              });
    } catch (AccessDeniedException e) {
      // a reviewer without read access sees the inbox's own line only
    }
  }

  @Override
  public boolean offersSendBack(ReviewTaskView task) {
    return false;
  }
}
