package org.cornerstone.workflows.servicing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/**
 * "Fix the record date": marks the distribution approved and writes when the record date closes and
 * when the payment date starts.
 */
@Named(Distribution.BEAN_FIX_RECORD_DATE)
@Dependent
public class FixRecordDateDelegate implements JavaDelegate {
  private final DistributionSteps steps;

  @Inject
  public FixRecordDateDelegate(DistributionSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = Variables.requireString(execution, Distribution.VAR_DISTRIBUTION_ID);
    DistributionSteps.Dates dates = steps.fixRecordDate(id);
    execution.setVariable(
        Distribution.VAR_RECORD_DATE_CLOSES_AT, dates.recordDateClosesAt().toString());
    execution.setVariable(Distribution.VAR_PAYMENT_DATE_AT, dates.paymentDateAt().toString());
  }
}
