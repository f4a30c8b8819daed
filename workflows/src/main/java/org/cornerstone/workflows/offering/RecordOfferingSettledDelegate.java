package org.cornerstone.workflows.offering;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Record the offering settled". */
@Named(PrimaryOffering.BEAN_RECORD_SETTLED)
@Dependent
public class RecordOfferingSettledDelegate implements JavaDelegate {

  private final OfferingSteps steps;

  @Inject
  public RecordOfferingSettledDelegate(OfferingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String offeringId = Variables.requireString(execution, PrimaryOffering.VAR_OFFERING_ID);
    steps.recordSettled(offeringId);
  }
}
