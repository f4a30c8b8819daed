package org.cornerstone.workflows.financing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/**
 * "Issue the payable certificate": the ledger step, idempotent by receivable id; writes {@code
 * certificateId}.
 */
@Named(ReceivableOnboarding.BEAN_ISSUE_CERTIFICATE)
@Dependent
public class IssueCertificateDelegate implements JavaDelegate {
  private final ReceivableOnboardingSteps steps;

  @Inject
  public IssueCertificateDelegate(ReceivableOnboardingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String certificateId =
        steps.issueCertificate(
            Variables.requireString(execution, ReceivableOnboarding.VAR_RECEIVABLE_ID));
    execution.setVariable(ReceivableOnboarding.VAR_CERTIFICATE_ID, certificateId);
  }
}
