package org.cornerstone.workflows.investor;

import static org.cornerstone.workflows.investor.InvestorOnboarding.VAR_INVESTOR_ID;
import static org.cornerstone.workflows.investor.InvestorOnboarding.VAR_REJECTION_REASON;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Record rejection": records the rejection with compliance's reason ({@code rejectionReason}). */
@Named(InvestorOnboarding.BEAN_RECORD_REJECTION)
@Dependent
public class RecordInvestorRejectionDelegate implements JavaDelegate {

  private final InvestorOnboardingSteps steps;

  @Inject
  public RecordInvestorRejectionDelegate(InvestorOnboardingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.recordRejection(
        Variables.requireString(execution, VAR_INVESTOR_ID),
        Variables.requireString(execution, VAR_REJECTION_REASON));
  }
}
