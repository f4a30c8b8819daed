package org.cornerstone.workflows.offering;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Settle allocation (DvP)": one allocation, one ledger transaction, idempotent. */
@Named(PrimaryOffering.BEAN_SETTLE_ALLOCATION)
@Dependent
public class SettleAllocationDelegate implements JavaDelegate {

  private final OfferingSteps steps;

  @Inject
  public SettleAllocationDelegate(OfferingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String offeringId = Variables.requireString(execution, PrimaryOffering.VAR_OFFERING_ID);
    steps.settleAllocation(
        offeringId, Variables.requireInteger(execution, PrimaryOffering.VAR_ALLOCATION_NUMBER));
  }
}
