package org.cornerstone.workflows.offering;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Open the offering": subscriptions are accepted from now on. */
@Named(PrimaryOffering.BEAN_OPEN)
@Dependent
public class OpenOfferingDelegate implements JavaDelegate {

  private final OfferingSteps steps;

  @Inject
  public OpenOfferingDelegate(OfferingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String offeringId = Variables.requireString(execution, PrimaryOffering.VAR_OFFERING_ID);
    steps.open(offeringId);
  }
}
