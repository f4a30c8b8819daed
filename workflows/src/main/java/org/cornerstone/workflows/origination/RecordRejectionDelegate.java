package org.cornerstone.workflows.origination;

import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_REJECTION_REASON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/**
 * "Record rejection": records that onboarding ended in rejection, with the reason shown to the
 * originator ({@code rejectionReason}, mapped from the rejecting reviewer's comment in the model).
 */
@Named(RealEstateOnboarding.BEAN_RECORD_REJECTION)
@ApplicationScoped
public class RecordRejectionDelegate implements JavaDelegate {

  private final OnboardingSteps steps;

  /** For the CDI client proxy only. */
  protected RecordRejectionDelegate() {
    this.steps = null;
  }

  @Inject
  public RecordRejectionDelegate(OnboardingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.recordRejection(
        Variables.requireString(execution, VAR_ASSET_ID),
        Variables.requireString(execution, VAR_REJECTION_REASON));
  }
}
