package org.cornerstone.workflows.cash;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.rules.Variables;

/**
 * "Redeem the investor's cash": the ledger step, idempotent by request id; writes {@code
 * ledgerTransactionId}.
 */
@Named(CashProcesses.BEAN_REDEEM_CASH)
@Dependent
public class RedeemWithdrawalCashDelegate implements JavaDelegate {
  private final CashSteps steps;

  @Inject
  public RedeemWithdrawalCashDelegate(CashSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String transactionId =
        steps.redeemWithdrawal(
            Variables.requireString(execution, CashProcesses.VAR_REQUEST_ID),
            Variables.requireString(execution, Reviews.VAR_REVIEWED_BY));
    execution.setVariable(CashProcesses.VAR_LEDGER_TRANSACTION, transactionId);
  }
}
