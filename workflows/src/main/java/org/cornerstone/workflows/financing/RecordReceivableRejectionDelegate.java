package org.cornerstone.workflows.financing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.rules.Variables;

/** "Record the rejection": compliance's reason goes back to the supplier. */
@Named(ReceivableOnboarding.BEAN_RECORD_REJECTION)
@Dependent
public class RecordReceivableRejectionDelegate implements JavaDelegate {
  private final ReceivableOnboardingSteps steps;

  @Inject
  public RecordReceivableRejectionDelegate(ReceivableOnboardingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.recordRejection(
        Variables.requireString(execution, ReceivableOnboarding.VAR_RECEIVABLE_ID),
        Variables.requireString(execution, Reviews.VAR_REVIEWED_BY),
        Variables.requireString(execution, Reviews.VAR_REVIEW_COMMENT));
  }
}
