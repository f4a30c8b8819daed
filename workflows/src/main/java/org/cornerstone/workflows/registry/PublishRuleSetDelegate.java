package org.cornerstone.workflows.registry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/**
 * "Publish the rule set on the ledger": the ledger step after the trustee's approval, idempotent by
 * the change id; writes {@code ledgerTransactionId}.
 */
@Named(TransferRulesChange.BEAN_PUBLISH_RULE_SET)
@Dependent
public class PublishRuleSetDelegate implements JavaDelegate {
  private final TransferRulesChangeSteps steps;

  @Inject
  public PublishRuleSetDelegate(TransferRulesChangeSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String transactionId =
        steps.publishRuleSet(Variables.requireString(execution, TransferRulesChange.VAR_CHANGE_ID));
    execution.setVariable(TransferRulesChange.VAR_LEDGER_TRANSACTION, transactionId);
  }
}
