package org.cornerstone.workflows.copyright;

import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_DECAY_RATE;
import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_DISCOUNT_RATE;
import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_HORIZON_MONTHS;
import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_LOAN_TO_VALUE_BPS;
import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_TOKENIZATION_CAP;
import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_VALUATION_AMOUNT;
import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_VALUATION_BASE_MONTHLY_ROYALTY;
import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_VALUATION_MONTHS_OF_HISTORY;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.TokenizationCap;
import org.cornerstone.workflows.rules.Variables;

/**
 * "Value royalties": reads the assumptions (discount rate, decay rate, horizon: process variables
 * shown to the trustee), asks the application to value the royalty history, and writes the
 * valuation and the tokenization cap (valuation x the DMN's loan-to-value share). Decimals are
 * written as plain Strings, never doubles.
 */
@Named(CopyrightOnboarding.BEAN_VALUE_ROYALTIES)
@Dependent
public class ValueRoyaltiesDelegate implements JavaDelegate {

  private final CopyrightOnboardingSteps steps;

  @Inject
  public ValueRoyaltiesDelegate(CopyrightOnboardingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String assetId = Variables.requireString(execution, VAR_ASSET_ID);
    RoyaltyValuation.Assumptions assumptions =
        new RoyaltyValuation.Assumptions(
            Variables.requireDecimal(execution, VAR_DISCOUNT_RATE),
            Variables.requireDecimal(execution, VAR_DECAY_RATE),
            Variables.requireInteger(execution, VAR_HORIZON_MONTHS));
    int loanToValueBps = Variables.requireInteger(execution, VAR_LOAN_TO_VALUE_BPS);

    RoyaltyValuation.Valuation valuation =
        steps.valueRoyalties(assetId, assumptions, loanToValueBps);

    execution.setVariable(VAR_VALUATION_AMOUNT, valuation.presentValue().toPlainString());
    execution.setVariable(
        VAR_VALUATION_BASE_MONTHLY_ROYALTY, valuation.baseMonthlyRoyalty().toPlainString());
    execution.setVariable(VAR_VALUATION_MONTHS_OF_HISTORY, valuation.monthsOfHistory());
    execution.setVariable(
        VAR_TOKENIZATION_CAP,
        TokenizationCap.capAmount(valuation.presentValue(), loanToValueBps).toPlainString());
  }
}
