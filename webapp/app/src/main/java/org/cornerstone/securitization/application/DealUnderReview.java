package org.cornerstone.securitization.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.review.application.ReviewInput;
import org.cornerstone.review.application.ReviewSubject;
import org.cornerstone.review.application.ReviewTask;
import org.cornerstone.securitization.domain.Deal;
import org.cornerstone.securitization.domain.DealFileWriter;
import org.cornerstone.securitization.domain.DealRepository;
import org.cornerstone.securitization.domain.PoolAsset;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.workflows.securitization.DealClosing;

/**
 * A deal waiting in the review inbox: legal counsel reviews it, then two different trustees approve
 * it (four eyes: the second approver is never the first, enforced by the model's listeners). Each
 * may reject it with a reason; nothing is sent back (the arranger creates a corrected deal).
 */
@ApplicationScoped
public class DealUnderReview implements ReviewSubject {
  public static final String KIND = "DEAL";
  public static final String NO_SEND_BACK =
      "A deal cannot be sent back: approve it, or reject it with a reason.";
  public static final String ONLY_LEGAL = "Only legal counsel reviews a deal's legal step.";
  public static final String ONLY_TRUSTEES = "Only trustees approve a deal.";

  @Inject DealRepository deals;

  @Override
  public boolean reviews(String processKey) {
    return DealClosing.PROCESS_KEY.equals(processKey);
  }

  @Override
  public Optional<Description> describe(ReviewTask task) {
    return deals
        .find(task.businessKey())
        .map(
            d -> {
              long pool = 0;
              for (PoolAsset p : deals.pool(d.id())) {
                pool = Math.addExact(pool, p.balanceMinor());
              }
              String amount =
                  d.currency()
                      + " "
                      + DealFileWriter.amount(
                          pool, Currency.getInstance(d.currency()).getDefaultFractionDigits());
              return new Description(
                  d.id(),
                  "Deal " + d.name() + " (pool " + amount + ")",
                  KIND,
                  "Securitization deal",
                  amount,
                  0,
                  d.submittedBy().orElse(d.createdBy()),
                  false,
                  false);
            });
  }

  @Override
  public void apply(
      Actor actor,
      ReviewTask task,
      ReviewInput input,
      String comment,
      Map<String, Object> variables) {
    input.requirePlainDecision(NO_SEND_BACK);
    if (DealClosing.TASK_LEGAL_REVIEW.equals(task.taskKey()) && !actor.has(Role.LEGAL)) {
      throw new AccessDeniedException(ONLY_LEGAL);
    }
    if (!DealClosing.TASK_LEGAL_REVIEW.equals(task.taskKey()) && !actor.has(Role.TRUSTEE)) {
      throw new AccessDeniedException(ONLY_TRUSTEES);
    }
    if (DealClosing.TASK_SECOND_TRUSTEE_APPROVAL.equals(task.taskKey()) && input.approves()) {
      deals.findForUpdate(task.businessKey()).ifPresent(Deal::approve);
    }
  }
}
