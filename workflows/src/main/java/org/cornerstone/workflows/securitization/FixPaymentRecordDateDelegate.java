package org.cornerstone.workflows.securitization;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.rules.Variables;

/** "Fix the record date": after the trustee approved the waterfall. */
@Named(PaymentDate.BEAN_FIX_RECORD_DATE)
@Dependent
public class FixPaymentRecordDateDelegate implements JavaDelegate {
  private final PaymentDateSteps steps;

  @Inject
  public FixPaymentRecordDateDelegate(PaymentDateSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = Variables.requireString(execution, PaymentDate.VAR_PAYMENT_DATE_ID);
    steps.fixRecordDate(id, Variables.requireString(execution, Reviews.VAR_REVIEWED_BY));
  }
}
