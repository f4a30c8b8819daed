package org.cornerstone.workflows.financing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Pay the holders at maturity": cash to each holder, its tokens redeemed, once per holder. */
@Named(CertificateMaturity.BEAN_PAY_HOLDERS)
@Dependent
public class PayHoldersAtMaturityDelegate implements JavaDelegate {
  private final CertificateMaturitySteps steps;

  @Inject
  public PayHoldersAtMaturityDelegate(CertificateMaturitySteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = Variables.requireString(execution, CertificateMaturity.VAR_CERTIFICATE_ID);
    execution.setVariable(CertificateMaturity.VAR_OVERDUE, steps.payHolders(id));
  }
}
