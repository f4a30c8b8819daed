package org.cornerstone.securitization.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.review.application.ReviewInput;
import org.cornerstone.review.application.ReviewSubject;
import org.cornerstone.review.application.ReviewTask;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.workflows.securitization.PaymentDate;

/**
 * A payment date's waterfall waiting in the review inbox: a trustee reads the step log and the
 * trigger table and approves it, or rejects it with a reason (the servicer corrects the report and
 * submits the period again). Nothing is sent back.
 */
@ApplicationScoped
public class PaymentDateUnderReview implements ReviewSubject {
  public static final String KIND = "PAYMENT_DATE";
  public static final String NO_SEND_BACK =
      "A payment date cannot be sent back: approve the waterfall, or reject it with a reason.";
  public static final String ONLY_TRUSTEES = "Only trustees review a payment date's waterfall.";

  @Inject PaymentDates paymentDates;

  @Override
  public boolean reviews(String processKey) {
    return PaymentDate.PROCESS_KEY.equals(processKey);
  }

  @Override
  public Optional<Description> describe(ReviewTask task) {
    return paymentDates
        .view(task.businessKey())
        .map(
            p ->
                new Description(
                    p.id(),
                    "Payment date "
                        + p.id()
                        + " (period "
                        + p.period()
                        + " of "
                        + p.dealName()
                        + ")",
                    KIND,
                    "Payment date",
                    p.currency() + " " + p.poolBalanceEnd(),
                    0,
                    p.reportedBy(),
                    false,
                    false));
  }

  @Override
  public void apply(
      Actor actor,
      ReviewTask task,
      ReviewInput input,
      String comment,
      Map<String, Object> variables) {
    input.requirePlainDecision(NO_SEND_BACK);
    if (!actor.has(Role.TRUSTEE)) {
      throw new AccessDeniedException(ONLY_TRUSTEES);
    }
  }
}
