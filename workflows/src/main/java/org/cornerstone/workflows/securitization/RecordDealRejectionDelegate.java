package org.cornerstone.workflows.securitization;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.rules.Variables;

/** "Record the rejection": the reviewer's reason goes back to the arranger. */
@Named(DealClosing.BEAN_RECORD_REJECTION)
@Dependent
public class RecordDealRejectionDelegate implements JavaDelegate {
  private final DealClosingSteps steps;

  @Inject
  public RecordDealRejectionDelegate(DealClosingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.recordRejection(
        Variables.requireString(execution, DealClosing.VAR_DEAL_ID),
        Variables.requireString(execution, Reviews.VAR_REVIEWED_BY),
        Variables.requireString(execution, Reviews.VAR_REVIEW_COMMENT));
  }
}
