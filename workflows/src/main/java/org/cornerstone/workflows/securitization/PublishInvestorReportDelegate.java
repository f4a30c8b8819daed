package org.cornerstone.workflows.securitization;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Publish the investor report" of the period. */
@Named(PaymentDate.BEAN_PUBLISH_INVESTOR_REPORT)
@Dependent
public class PublishInvestorReportDelegate implements JavaDelegate {
  private final PaymentDateSteps steps;

  @Inject
  public PublishInvestorReportDelegate(PaymentDateSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = Variables.requireString(execution, PaymentDate.VAR_PAYMENT_DATE_ID);
    steps.publishInvestorReport(id);
  }
}
