package org.cornerstone.cash.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.cornerstone.cash.application.CashProcess;
import org.cornerstone.workflows.cash.CashProcesses;

/** {@link CashProcess} on the embedded Camunda 7 engine (in the caller's JTA transaction). */
@ApplicationScoped
public class CamundaCashProcess implements CashProcess {
  @Inject ProcessEngine engine;

  @Override
  public String startDeposit(String depositId, String investorUser) {
    return start(CashProcesses.DEPOSIT_PROCESS_KEY, depositId, investorUser);
  }

  @Override
  public String startWithdrawal(String withdrawalId, String investorUser) {
    return start(CashProcesses.WITHDRAWAL_PROCESS_KEY, withdrawalId, investorUser);
  }

  private String start(String processKey, String requestId, String investorUser) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            processKey, requestId, CashProcesses.startVariables(requestId, investorUser))
        .getId();
  }
}
