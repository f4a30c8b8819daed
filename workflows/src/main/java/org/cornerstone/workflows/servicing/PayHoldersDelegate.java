package org.cornerstone.workflows.servicing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Pay the holders" in cash tokens, batch by batch, each batch once. */
@Named(Distribution.BEAN_PAY_HOLDERS)
@Dependent
public class PayHoldersDelegate implements JavaDelegate {
  private final DistributionSteps steps;

  @Inject
  public PayHoldersDelegate(DistributionSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = Variables.requireString(execution, Distribution.VAR_DISTRIBUTION_ID);
    steps.payHolders(id);
  }
}
