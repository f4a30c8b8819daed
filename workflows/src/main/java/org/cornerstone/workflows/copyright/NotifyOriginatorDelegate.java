package org.cornerstone.workflows.copyright;

import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_LEDGER_TRANSACTION_ID;
import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_ORIGINATOR;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Notify originator": tells the originator that the copyright was tokenized. */
@Named(CopyrightOnboarding.BEAN_NOTIFY_ORIGINATOR)
@Dependent
public class NotifyOriginatorDelegate implements JavaDelegate {

  private final CopyrightOnboardingSteps steps;

  @Inject
  public NotifyOriginatorDelegate(CopyrightOnboardingSteps steps) {
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
