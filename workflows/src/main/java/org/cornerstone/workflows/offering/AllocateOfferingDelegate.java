package org.cornerstone.workflows.offering;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Allocate the tokens": closes the book; writes {@code allocationNumbers}. */
@Named(PrimaryOffering.BEAN_ALLOCATE)
@Dependent
public class AllocateOfferingDelegate implements JavaDelegate {

  private final OfferingSteps steps;

  @Inject
  public AllocateOfferingDelegate(OfferingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String offeringId = Variables.requireString(execution, PrimaryOffering.VAR_OFFERING_ID);
    execution.setVariable(
        PrimaryOffering.VAR_ALLOCATION_NUMBERS,
        new java.util.ArrayList<>(steps.allocate(offeringId)));
  }
}
