package org.cornerstone.workflows.securitization;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Pay the tranche holders": the ledger step, idempotent by deal, period and tranche. */
@Named(PaymentDate.BEAN_PAY_TRANCHE_HOLDERS)
@Dependent
public class PayTrancheHoldersDelegate implements JavaDelegate {
  private final PaymentDateSteps steps;

  @Inject
  public PayTrancheHoldersDelegate(PaymentDateSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = Variables.requireString(execution, PaymentDate.VAR_PAYMENT_DATE_ID);
    steps.payTrancheHolders(id);
  }
}
