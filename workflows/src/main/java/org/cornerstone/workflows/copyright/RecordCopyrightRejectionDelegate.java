package org.cornerstone.workflows.copyright;

import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_REJECTION_REASON;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/**
 * "Record rejection": records the rejection with its reason ({@code rejectionReason}, mapped from
 * the rejecting reviewer's comment in the model).
 */
@Named(CopyrightOnboarding.BEAN_RECORD_REJECTION)
@Dependent
public class RecordCopyrightRejectionDelegate implements JavaDelegate {

  private final CopyrightOnboardingSteps steps;

  @Inject
  public RecordCopyrightRejectionDelegate(CopyrightOnboardingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.recordRejection(
        Variables.requireString(execution, VAR_ASSET_ID),
        Variables.requireString(execution, VAR_REJECTION_REASON));
  }
}
