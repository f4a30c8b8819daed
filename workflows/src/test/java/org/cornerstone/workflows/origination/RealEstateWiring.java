package org.cornerstone.workflows.origination;

import static org.cornerstone.workflows.origination.RealEstateOnboarding.BEAN_CHECK_DOCUMENTS;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.BEAN_ISSUE_TOKENS;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.BEAN_NOTIFY_ORIGINATOR;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.BEAN_RECORD_REJECTION;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.BEAN_RECORD_VALUATION;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.BEAN_VALUATION_GUARD;

import java.util.Map;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.cornerstone.workflows.rules.EscalateOverdueReviewListener;
import org.cornerstone.workflows.rules.ReviewDecisionListener;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.rules.TrusteeFourEyesListener;

/**
 * What CDI resolves in the web app, built by hand: every bean the {@code real-estate-onboarding}
 * model names, by name, over one port implementation.
 */
public final class RealEstateWiring {

  private RealEstateWiring() {}

  /** Bean name to bean, for {@code ProcessEngineConfiguration#setBeans} or {@link Mocks}. */
  public static Map<Object, Object> beans(OnboardingSteps steps) {
    return Map.of(
        BEAN_CHECK_DOCUMENTS,
        new CheckDocumentCompletenessDelegate(steps),
        BEAN_RECORD_VALUATION,
        new RecordValuationDelegate(steps),
        BEAN_ISSUE_TOKENS,
        new TokenizeRealEstateDelegate(steps),
        BEAN_NOTIFY_ORIGINATOR,
        new NotifyOriginatorDelegate(steps),
        BEAN_RECORD_REJECTION,
        new RecordRejectionDelegate(steps),
        BEAN_VALUATION_GUARD,
        new IndependentValuationListener(),
        Reviews.BEAN_TRUSTEE_FOUR_EYES,
        new TrusteeFourEyesListener(),
        Reviews.BEAN_REVIEW_DECISION_GUARD,
        new ReviewDecisionListener(),
        Reviews.BEAN_ESCALATE_OVERDUE_REVIEW,
        new EscalateOverdueReviewListener());
  }

  /** Registers {@link #beans} with the test engine's mock expression manager (this thread). */
  public static void registerMocks(OnboardingSteps steps) {
    beans(steps).forEach((name, bean) -> Mocks.register((String) name, bean));
  }
}
