package org.cornerstone.workflows.financing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.rules.Variables;

/** "Record the dispute": the debtor's reason goes back to the supplier. */
@Named(ReceivableOnboarding.BEAN_RECORD_DISPUTE)
@Dependent
public class RecordDisputeDelegate implements JavaDelegate {
  private final ReceivableOnboardingSteps steps;

  @Inject
  public RecordDisputeDelegate(ReceivableOnboardingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.recordDispute(
        Variables.requireString(execution, ReceivableOnboarding.VAR_RECEIVABLE_ID),
        Variables.requireString(execution, Reviews.VAR_REVIEWED_BY),
        Variables.requireString(execution, Reviews.VAR_REVIEW_COMMENT));
  }
}
