package org.cornerstone.workflows.registry;

import static org.cornerstone.workflows.registry.IssuerAgentAction.VAR_ACTION_ID;
import static org.cornerstone.workflows.registry.IssuerAgentAction.VAR_LEDGER_TRANSACTION_ID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/**
 * "Carry out the action": the approved action on the ledger; writes {@code ledgerTransactionId}.
 */
@Named(IssuerAgentAction.BEAN_EXECUTE_ACTION)
@Dependent
public class ExecuteIssuerAgentActionDelegate implements JavaDelegate {

  private final IssuerAgentActionSteps steps;

  @Inject
  public ExecuteIssuerAgentActionDelegate(IssuerAgentActionSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        VAR_LEDGER_TRANSACTION_ID,
        steps.execute(Variables.requireString(execution, VAR_ACTION_ID)));
  }
}
