package org.cornerstone.workflows.origination;

import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_LEDGER_TRANSACTION_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_ORIGINATOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Notify originator": tells the originator that the real-estate asset was tokenized. */
@Named(RealEstateOnboarding.BEAN_NOTIFY_ORIGINATOR)
@ApplicationScoped
public class NotifyOriginatorDelegate implements JavaDelegate {

  private final OnboardingSteps steps;

  /** For the CDI client proxy only. */
  protected NotifyOriginatorDelegate() {
    this.steps = null;
  }

  @Inject
  public NotifyOriginatorDelegate(OnboardingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.notifyOriginator(
        Variables.requireString(execution, VAR_ASSET_ID),
        Variables.requireString(execution, VAR_ORIGINATOR),
        Variables.requireString(execution, VAR_LEDGER_TRANSACTION_ID));
  }
}
