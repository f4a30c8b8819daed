package org.cornerstone.workflows.securitization;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Run the waterfall" on the servicer report. */
@Named(PaymentDate.BEAN_RUN_WATERFALL)
@Dependent
public class RunWaterfallDelegate implements JavaDelegate {
  private final PaymentDateSteps steps;

  @Inject
  public RunWaterfallDelegate(PaymentDateSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = Variables.requireString(execution, PaymentDate.VAR_PAYMENT_DATE_ID);
    steps.runWaterfall(id);
  }
}
