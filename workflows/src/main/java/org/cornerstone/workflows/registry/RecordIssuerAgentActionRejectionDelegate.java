package org.cornerstone.workflows.registry;

import static org.cornerstone.workflows.registry.IssuerAgentAction.VAR_ACTION_ID;
import static org.cornerstone.workflows.registry.IssuerAgentAction.VAR_REJECTION_REASON;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/** "Record rejection": the trustee's reason is kept with the action. */
@Named(IssuerAgentAction.BEAN_RECORD_REJECTION)
@Dependent
public class RecordIssuerAgentActionRejectionDelegate implements JavaDelegate {

  private final IssuerAgentActionSteps steps;

  @Inject
  public RecordIssuerAgentActionRejectionDelegate(IssuerAgentActionSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.recordRejection(
        Variables.requireString(execution, VAR_ACTION_ID),
        Variables.requireString(execution, VAR_REJECTION_REASON));
  }
}
