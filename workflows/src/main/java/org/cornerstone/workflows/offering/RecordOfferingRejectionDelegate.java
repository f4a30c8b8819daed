package org.cornerstone.workflows.offering;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Record rejection": the trustee refused the terms (the reason is the comment). */
@Named(PrimaryOffering.BEAN_RECORD_REJECTION)
@Dependent
public class RecordOfferingRejectionDelegate implements JavaDelegate {

  private final OfferingSteps steps;

  @Inject
  public RecordOfferingRejectionDelegate(OfferingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String offeringId = Variables.requireString(execution, PrimaryOffering.VAR_OFFERING_ID);
    steps.recordRejection(
        offeringId, Variables.requireString(execution, PrimaryOffering.VAR_REJECTION_REASON));
  }
}
