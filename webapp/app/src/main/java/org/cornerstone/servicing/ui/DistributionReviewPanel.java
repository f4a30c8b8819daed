package org.cornerstone.servicing.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Inject;
import java.util.List;
import org.cornerstone.review.application.ReviewTaskView;
import org.cornerstone.review.ui.ReviewSubjectPanel;
import org.cornerstone.servicing.application.DistributionService;
import org.cornerstone.servicing.application.DistributionUnderReview;
import org.cornerstone.shared.Actor;
import org.cornerstone.ui.base.SignedIn;

/**
 * A reported collection in the trustee's review task: the report, its evidence and the entitlement
 * table as it would be computed now (from the cap table at the record date once it has closed).
 */
public class DistributionReviewPanel implements ReviewSubjectPanel {
  private final DistributionService distributions;

  @Inject
  public DistributionReviewPanel(DistributionService distributions) {
    this.distributions = distributions;
  }

  @Override
  public boolean shows(ReviewTaskView task) {
    return DistributionUnderReview.KIND.equals(task.subjectKind());
  }

  @Override
  public void show(VerticalLayout screen, ReviewTaskView task) {
    Actor actor = SignedIn.require();
    distributions
        .distribution(actor, task.subjectId())
        .ifPresent(
            d ->
                DistributionFacts.show(
                    screen, d, distributions.preview(actor, task.subjectId()).orElse(List.of())));
  }

  /** A report is approved or rejected; there is nothing to send back. */
  @Override
  public boolean offersSendBack(ReviewTaskView task) {
    return false;
  }
}
