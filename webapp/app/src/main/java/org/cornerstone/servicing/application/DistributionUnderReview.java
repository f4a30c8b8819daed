package org.cornerstone.servicing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.review.application.ReviewInput;
import org.cornerstone.review.application.ReviewSubject;
import org.cornerstone.review.application.ReviewTask;
import org.cornerstone.servicing.domain.DistributionStore;
import org.cornerstone.servicing.domain.MinorUnits;
import org.cornerstone.servicing.domain.StoredDistribution;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.workflows.servicing.Distribution;

/**
 * A reported collection waiting for the trustees in the review inbox. The first approval decides
 * whether a senior trustee must approve too: when the net amount is above the four-eyes amount
 * ({@link ServicingSettings#fourEyesAbove}). A report cannot be sent back: approve it or reject it
 * with a reason (the servicer reports again for the period after a rejection is not possible; the
 * period stays taken, so that a rejected report remains on record).
 */
@ApplicationScoped
public class DistributionUnderReview implements ReviewSubject {
  public static final String KIND = "DISTRIBUTION";
  public static final String NO_SEND_BACK =
      "A collection report cannot be sent back: approve it or reject it with a reason.";
  public static final String SAME_TRUSTEE =
      "Four eyes: the second approval must come from another trustee than the first.";

  @Inject DistributionStore store;
  @Inject ServicingSettings settings;

  @Override
  public boolean reviews(String processKey) {
    return Distribution.PROCESS_KEY.equals(processKey);
  }

  @Override
  public Optional<Description> describe(ReviewTask task) {
    return store
        .find(task.businessKey())
        .map(
            d -> {
              String net = d.currency() + " " + MinorUnits.format(d.netMinor(), d.currency());
              return new Description(
                  d.id(),
                  "Distribution " + d.instrumentId() + " " + d.period() + ": " + net,
                  KIND,
                  "Distribution",
                  net,
                  0,
                  d.reportedBy(),
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
    if (!input.approves()) {
      return; // the process records the rejection
    }
    StoredDistribution d =
        store
            .findForUpdate(task.businessKey())
            .orElseThrow(
                () -> new IllegalStateException("Unknown distribution " + task.businessKey()));
    if (Distribution.TASK_FIRST_TRUSTEE_APPROVAL.equals(task.taskKey())) {
      boolean needsSecond =
          needsSecondApproval(d.netMinor(), d.currency(), settings.fourEyesAbove());
      store.update(d.firstApproval(actor.userId(), needsSecond));
      variables.put(Distribution.VAR_NEEDS_SECOND_APPROVAL, needsSecond);
    } else if (Distribution.TASK_SECOND_TRUSTEE_APPROVAL.equals(task.taskKey())) {
      if (actor.userId().equals(d.firstApprover())) {
        throw new AccessDeniedException(SAME_TRUSTEE);
      }
      store.update(d.secondApproval(actor.userId()));
    }
  }

  /** Whether the net amount (minor units) is above the four-eyes amount (major units). */
  public static boolean needsSecondApproval(long netMinor, String currency, BigDecimal above) {
    int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
    return BigDecimal.valueOf(netMinor, digits).compareTo(above) > 0;
  }
}
