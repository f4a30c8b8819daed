package org.cornerstone.workflows.cash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.cornerstone.workflows.cash.CashProcesses.*;
import static org.cornerstone.workflows.rules.ReviewDecision.APPROVE;
import static org.cornerstone.workflows.rules.ReviewDecision.REJECT;
import static org.cornerstone.workflows.rules.Reviews.decisionVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.cornerstone.workflows.rules.ReviewDecisionListener;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.testing.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the real {@code cash-deposit} and {@code cash-withdrawal} models on PostgreSQL. */
@Deployment(resources = {DEPOSIT_BPMN, WITHDRAWAL_BPMN})
class CashProcessesIT {
  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessTestSupport.engineExtension();

  private static final String BANKER = "bella";

  private RuntimeService runtimeService;
  private ManagementService managementService;
  private ProcessTestSupport support;
  private FakeCashSteps steps;
  private String requestId;

  @BeforeEach
  void wireDelegates() {
    runtimeService = engine.getRuntimeService();
    managementService = engine.getManagementService();
    support = new ProcessTestSupport(engine.getProcessEngine());
    steps = new FakeCashSteps();
    Mocks.register(BEAN_ISSUE_CASH, new IssueDepositCashDelegate(steps));
    Mocks.register(BEAN_RECORD_DEPOSIT_REJECTION, new RecordDepositRejectionDelegate(steps));
    Mocks.register(BEAN_REDEEM_CASH, new RedeemWithdrawalCashDelegate(steps));
    Mocks.register(BEAN_RECORD_WITHDRAWAL_REJECTION, new RecordWithdrawalRejectionDelegate(steps));
    Mocks.register(Reviews.BEAN_REVIEW_DECISION_GUARD, new ReviewDecisionListener());
    requestId = "DEP-" + UUID.randomUUID();
  }

  @AfterEach
  void reset() {
    ProcessTestSupport.resetMocksAndClock();
  }

  @Test
  void aConfirmedDepositIssuesCashAsynchronously() {
    ProcessInstance process = start(DEPOSIT_PROCESS_KEY);
    assertThat(process).isWaitingAt(TASK_CONFIRM_DEPOSIT);
    Task task = support.task(process, TASK_CONFIRM_DEPOSIT);
    assertThat(support.candidateGroups(task)).containsExactly(Reviews.GROUP_SETTLEMENT_BANK);

    support.claimAndComplete(process, TASK_CONFIRM_DEPOSIT, BANKER, decisionVariables(APPROVE, ""));

    // the ledger step waits for the job executor: the bank's decision commits on its own
    assertThat(process).isWaitingAt(TASK_ISSUE_CASH);
    assertThat(steps.calls).isEmpty();
    support.executeJob(process, TASK_ISSUE_CASH);

    assertThat(process).isEnded().hasPassed(TASK_ISSUE_CASH, END_CASH_ISSUED);
    assertThat(steps.calls).containsExactly("issue " + requestId + " by " + BANKER);
    assertThat(support.historicVariable(process, VAR_LEDGER_TRANSACTION)).isEqualTo("tx-1");
  }

  @Test
  void aRejectedDepositIsRecordedWithTheBanksReason() {
    ProcessInstance process = start(DEPOSIT_PROCESS_KEY);

    support.claimAndComplete(
        process, TASK_CONFIRM_DEPOSIT, BANKER, decisionVariables(REJECT, "No wire with ref X1"));

    assertThat(process)
        .isEnded()
        .hasPassed(TASK_RECORD_DEPOSIT_REJECTION, END_DEPOSIT_REJECTED)
        .hasNotPassed(TASK_ISSUE_CASH);
    assertThat(steps.calls)
        .containsExactly("reject " + requestId + " by " + BANKER + ": No wire with ref X1");
  }

  @Test
  void aRejectionNeedsAReasonAndTheTaskAClaim() {
    ProcessInstance process = start(DEPOSIT_PROCESS_KEY);
    Task task = support.task(process, TASK_CONFIRM_DEPOSIT);

    assertThatThrownBy(
            () -> engine.getTaskService().complete(task.getId(), decisionVariables(APPROVE, "")))
        .hasMessageContaining(ReviewDecisionListener.NOT_CLAIMED);
    engine.getTaskService().claim(task.getId(), BANKER);
    assertThatThrownBy(
            () -> engine.getTaskService().complete(task.getId(), decisionVariables(REJECT, " ")))
        .hasMessageContaining(ReviewDecisionListener.MISSING_COMMENT);

    assertThat(process).isWaitingAt(TASK_CONFIRM_DEPOSIT);
    assertThat(steps.calls).isEmpty();
  }

  @Test
  void issuanceFailingThreeTimesRaisesAnIncidentThatARetryResolves() {
    steps.ledgerUnavailable(3);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));
    ProcessInstance process = start(DEPOSIT_PROCESS_KEY);
    support.claimAndComplete(process, TASK_CONFIRM_DEPOSIT, BANKER, decisionVariables(APPROVE, ""));
    Job job = support.job(process, TASK_ISSUE_CASH);
    assertThat(job.getRetries()).isEqualTo(3);

    for (int failure = 1; failure <= 3; failure++) {
      assertThatThrownBy(() -> managementService.executeJob(job.getId()))
          .hasMessageContaining("Ledger unavailable");
      Job failed = support.job(process, TASK_ISSUE_CASH);
      assertThat(failed.getRetries()).isEqualTo(3 - failure);
      if (failure < 3) {
        assertThat(failed.getDuedate()).isEqualTo(Date.from(now.plusSeconds(30)));
        assertThat(support.incidents(process)).isEmpty();
      }
    }
    List<Incident> incidents = support.incidents(process);
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getActivityId()).isEqualTo(TASK_ISSUE_CASH);
    assertThat(process).isWaitingAt(TASK_ISSUE_CASH);

    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    assertThat(process).isEnded().hasPassed(END_CASH_ISSUED);
    assertThat(support.incidents(process)).isEmpty();
    assertThat(steps.calls).hasSize(4).containsOnly("issue " + requestId + " by " + BANKER);
  }

  @Test
  void aConfirmedWithdrawalRedeemsCash() {
    ProcessInstance process = start(WITHDRAWAL_PROCESS_KEY);
    assertThat(process).isWaitingAt(TASK_CONFIRM_WITHDRAWAL);
    assertThat(support.candidateGroups(support.task(process, TASK_CONFIRM_WITHDRAWAL)))
        .containsExactly(Reviews.GROUP_SETTLEMENT_BANK);

    support.claimAndComplete(
        process, TASK_CONFIRM_WITHDRAWAL, BANKER, decisionVariables(APPROVE, "Paid out"));
    assertThat(process).isWaitingAt(TASK_REDEEM_CASH);
    support.executeJob(process, TASK_REDEEM_CASH);

    assertThat(process).isEnded().hasPassed(TASK_REDEEM_CASH, END_CASH_REDEEMED);
    assertThat(steps.calls).containsExactly("redeem " + requestId + " by " + BANKER);
  }

  @Test
  void aRejectedWithdrawalReleasesItsReservation() {
    ProcessInstance process = start(WITHDRAWAL_PROCESS_KEY);

    support.claimAndComplete(
        process,
        TASK_CONFIRM_WITHDRAWAL,
        BANKER,
        decisionVariables(REJECT, "Account name does not match"));

    assertThat(process)
        .isEnded()
        .hasPassed(TASK_RECORD_WITHDRAWAL_REJECTION, END_WITHDRAWAL_REJECTED)
        .hasNotPassed(TASK_REDEEM_CASH);
    assertThat(steps.calls)
        .containsExactly(
            "release " + requestId + " by " + BANKER + ": Account name does not match");
  }

  private ProcessInstance start(String processKey) {
    return runtimeService.startProcessInstanceByKey(
        processKey, requestId, startVariables(requestId, "ivan"));
  }
}
