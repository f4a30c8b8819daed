package org.cornerstone.workflows.origination;

import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_REJECTION_REASON;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * "Record rejection": records that onboarding ended in rejection, with the reason shown to the
 * originator.
 *
 * <p>The reason is the {@code rejectionReason} variable, which each rejection task of the model
 * sets in its input mapping: "Missing required documents: ..." after the completeness check, the
 * trustee's review comment after a trustee rejection. New rejection points (issue 5) reuse this
 * delegate with their own mapping.
 */
@Named(RealEstateOnboarding.BEAN_RECORD_REJECTION)
@Dependent
public class RecordRejectionDelegate implements JavaDelegate {

  private final OnboardingSteps steps;

  @Inject
  public RecordRejectionDelegate(OnboardingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String assetId = ProcessVariables.requireString(execution, VAR_ASSET_ID);
    String reason = ProcessVariables.requireString(execution, VAR_REJECTION_REASON);
    steps.recordRejection(assetId, reason);
  }
}
