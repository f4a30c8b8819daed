package org.cornerstone.workflows.cash;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.rules.Variables;

/** "Record the deposit's rejection"; the reason is the bank's comment. */
@Named(CashProcesses.BEAN_RECORD_DEPOSIT_REJECTION)
@Dependent
public class RecordDepositRejectionDelegate implements JavaDelegate {
  private final CashSteps steps;

  @Inject
  public RecordDepositRejectionDelegate(CashSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.rejectDeposit(
        Variables.requireString(execution, CashProcesses.VAR_REQUEST_ID),
        Variables.requireString(execution, Reviews.VAR_REVIEWED_BY),
        Variables.requireString(execution, Reviews.VAR_REVIEW_COMMENT));
  }
}
