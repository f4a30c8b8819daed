package org.cornerstone.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.review.application.ReviewInput;
import org.cornerstone.review.application.ReviewService;
import org.cornerstone.review.application.ReviewSubject;
import org.cornerstone.review.application.ReviewTask;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.workflows.investor.InvestorOnboarding;

/**
 * An investor under compliance review (KYC, category, eligibility). A decision changes nothing here
 * directly: the process's own steps record eligibility or rejection.
 */
@ApplicationScoped
public class InvestorUnderReview implements ReviewSubject {
  /** The kind the inbox shows for an investor. */
  public static final String KIND = "INVESTOR";

  @Inject InvestorQueries investors;

  @Override
  public boolean reviews(String processKey) {
    return InvestorOnboarding.PROCESS_KEY.equals(processKey);
  }

  @Override
  public Optional<Description> describe(ReviewTask task) {
    return investors
        .summary(task.businessKey())
        .map(
            i ->
                new Description(
                    i.id(), i.legalName(), KIND, "Investor", "", 0, i.username(), false, false));
  }

  @Override
  public void apply(
      Actor actor,
      ReviewTask task,
      ReviewInput input,
      String comment,
      Map<String, Object> variables) {
    if (input.carriesFigures()) {
      throw new ValidationException(ReviewService.OVERRIDE_NOT_ALLOWED);
    }
  }
}
