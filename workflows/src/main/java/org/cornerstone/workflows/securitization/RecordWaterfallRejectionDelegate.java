package org.cornerstone.workflows.securitization;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.rules.Variables;

/** "Record the rejection": the trustee's reason goes back to the servicer. */
@Named(PaymentDate.BEAN_RECORD_REJECTION)
@Dependent
public class RecordWaterfallRejectionDelegate implements JavaDelegate {
  private final PaymentDateSteps steps;

  @Inject
  public RecordWaterfallRejectionDelegate(PaymentDateSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = Variables.requireString(execution, PaymentDate.VAR_PAYMENT_DATE_ID);
    steps.recordRejection(
        id,
        Variables.requireString(execution, Reviews.VAR_REVIEWED_BY),
        Variables.requireString(execution, Reviews.VAR_REVIEW_COMMENT));
  }
}
