package org.cornerstone.workflows.servicing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.rules.Variables;

/** "Record the rejection" with the trustee's reason. */
@Named(Distribution.BEAN_RECORD_REJECTION)
@Dependent
public class RecordDistributionRejectionDelegate implements JavaDelegate {
  private final DistributionSteps steps;

  @Inject
  public RecordDistributionRejectionDelegate(DistributionSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = Variables.requireString(execution, Distribution.VAR_DISTRIBUTION_ID);
    steps.reject(
        id,
        Variables.requireString(execution, Reviews.VAR_REVIEWED_BY),
        Variables.optionalString(execution, Reviews.VAR_REVIEW_COMMENT));
  }
}
