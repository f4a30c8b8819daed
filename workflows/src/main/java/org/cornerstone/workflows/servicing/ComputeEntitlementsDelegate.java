package org.cornerstone.workflows.servicing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Compute the entitlements" from the ledger's cap table at the record date. */
@Named(Distribution.BEAN_COMPUTE_ENTITLEMENTS)
@Dependent
public class ComputeEntitlementsDelegate implements JavaDelegate {
  private final DistributionSteps steps;

  @Inject
  public ComputeEntitlementsDelegate(DistributionSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = Variables.requireString(execution, Distribution.VAR_DISTRIBUTION_ID);
    steps.computeEntitlements(id);
  }
}
