package org.cornerstone.workflows.securitization;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Close the deal": the ledger step, idempotent by deal id; writes {@code closingTransaction}. */
@Named(DealClosing.BEAN_CLOSE_DEAL)
@Dependent
public class CloseDealDelegate implements JavaDelegate {
  private final DealClosingSteps steps;

  @Inject
  public CloseDealDelegate(DealClosingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String transaction = steps.close(Variables.requireString(execution, DealClosing.VAR_DEAL_ID));
    execution.setVariable(DealClosing.VAR_CLOSING_TRANSACTION, transaction);
  }
}
