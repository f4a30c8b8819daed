package org.cornerstone.workflows.investor;

import static org.cornerstone.workflows.investor.InvestorOnboarding.VAR_COUNTRY;
import static org.cornerstone.workflows.investor.InvestorOnboarding.VAR_ELIGIBILITY_ID;
import static org.cornerstone.workflows.investor.InvestorOnboarding.VAR_INVESTOR_CATEGORY;
import static org.cornerstone.workflows.investor.InvestorOnboarding.VAR_INVESTOR_ID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/**
 * "Record eligibility": records the approved investor for the registrar; writes {@code
 * eligibilityId}.
 */
@Named(InvestorOnboarding.BEAN_RECORD_ELIGIBILITY)
@Dependent
public class RecordEligibilityDelegate implements JavaDelegate {

  private final InvestorOnboardingSteps steps;

  @Inject
  public RecordEligibilityDelegate(InvestorOnboardingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String eligibilityId =
        steps.recordEligibility(
            Variables.requireString(execution, VAR_INVESTOR_ID),
            Variables.requireString(execution, VAR_COUNTRY),
            InvestorCategory.valueOf(Variables.requireString(execution, VAR_INVESTOR_CATEGORY)));
    execution.setVariable(VAR_ELIGIBILITY_ID, eligibilityId);
  }
}
