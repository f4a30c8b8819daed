package org.cornerstone.workflows.origination;

import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_APPRAISED_VALUE;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_LOAN_TO_VALUE_BPS;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_TOKENIZATION_CAP;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/**
 * "Record valuation": passes the valuer's {@code appraisedValue} and the DMN's {@code
 * loanToValueBps} to the application, which records the valuation and returns the tokenization cap;
 * writes it as {@code tokenizationCap} (a plain decimal String, never a double).
 */
@Named(RealEstateOnboarding.BEAN_RECORD_VALUATION)
@ApplicationScoped
public class RecordValuationDelegate implements JavaDelegate {

  public static final String NO_CAP = "The application returned no tokenization cap for asset ";

  private final OnboardingSteps steps;

  /** For the CDI client proxy only. */
  protected RecordValuationDelegate() {
    this.steps = null;
  }

  @Inject
  public RecordValuationDelegate(OnboardingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String assetId = Variables.requireString(execution, VAR_ASSET_ID);
    BigDecimal appraisedValue = Variables.requireDecimal(execution, VAR_APPRAISED_VALUE);
    int loanToValueBps = Variables.requireInteger(execution, VAR_LOAN_TO_VALUE_BPS);
    BigDecimal cap = steps.recordValuation(assetId, appraisedValue, loanToValueBps);
    if (cap == null) {
      throw new IllegalStateException(NO_CAP + assetId);
    }
    execution.setVariable(VAR_TOKENIZATION_CAP, cap.toPlainString());
  }
}
