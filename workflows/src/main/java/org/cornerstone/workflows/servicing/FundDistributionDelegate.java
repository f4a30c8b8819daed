package org.cornerstone.workflows.servicing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Fund the distribution": the collection becomes the payer's cash tokens, once. */
@Named(Distribution.BEAN_FUND)
@Dependent
public class FundDistributionDelegate implements JavaDelegate {
  private final DistributionSteps steps;

  @Inject
  public FundDistributionDelegate(DistributionSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = Variables.requireString(execution, Distribution.VAR_DISTRIBUTION_ID);
    steps.fund(id);
  }
}
