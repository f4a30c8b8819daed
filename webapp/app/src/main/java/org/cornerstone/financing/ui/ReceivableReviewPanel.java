package org.cornerstone.financing.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Inject;
import org.cornerstone.financing.application.ReceivableUnderReview;
import org.cornerstone.financing.application.Receivables;
import org.cornerstone.review.application.ReviewTaskView;
import org.cornerstone.review.ui.ReviewSubjectPanel;
import org.cornerstone.shared.Actor;
import org.cornerstone.ui.base.SignedIn;
import org.cornerstone.workflows.financing.ReceivableOnboarding;

/**
 * A receivable under review: the invoice's terms and its documents. The debtor confirms (approve)
 * or disputes (reject, with the reason the supplier is shown); compliance approves or rejects.
 * Nothing is sent back.
 */
public class ReceivableReviewPanel implements ReviewSubjectPanel {
  private final Receivables receivables;

  @Inject
  public ReceivableReviewPanel(Receivables receivables) {
    this.receivables = receivables;
  }

  @Override
  public boolean shows(ReviewTaskView task) {
    return ReceivableUnderReview.KIND.equals(task.subjectKind());
  }

  @Override
  public void show(VerticalLayout screen, ReviewTaskView task) {
    Actor me = SignedIn.require();
    receivables
        .receivable(me, task.subjectId())
        .ifPresent(
            r -> {
              String debtor =
                  receivables.debtors().stream()
                      .filter(o -> o.id().equals(r.debtorOrganisation()))
                      .map(o -> o.name())
                      .findFirst()
                      .orElse(r.debtorOrganisation());
              screen.add(ReceivablePanels.facts(screen, r, debtor));
              screen.add(new H3(screen.getTranslation("receivable.documents")));
              screen.add(
                  ReceivablePanels.documents(
                      screen, r, d -> receivables.document(me, r.id(), d.id())));
            });
  }

  @Override
  public boolean offersSendBack(ReviewTaskView task) {
    return false;
  }

  @Override
  public String approveLabelKey(ReviewTaskView task) {
    return ReceivableOnboarding.TASK_DEBTOR_CONFIRMATION.equals(task.taskKey())
        ? "receivable.confirm"
        : null;
  }

  @Override
  public String rejectLabelKey(ReviewTaskView task) {
    return ReceivableOnboarding.TASK_DEBTOR_CONFIRMATION.equals(task.taskKey())
        ? "receivable.dispute"
        : null;
  }
}
