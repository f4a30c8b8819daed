package org.cornerstone.workflows.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.cornerstone.workflows.offering.PrimaryOffering.*;
import static org.cornerstone.workflows.rules.ReviewDecision.APPROVE;
import static org.cornerstone.workflows.rules.ReviewDecision.REJECT;
import static org.cornerstone.workflows.rules.Reviews.decisionVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.cornerstone.workflows.rules.EscalateOverdueReviewListener;
import org.cornerstone.workflows.rules.ReviewDecisionListener;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.testing.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the real {@code primary-offering} model on PostgreSQL: approval, both closes, settlement.
 */
@Deployment(resources = BPMN_RESOURCE)
class PrimaryOfferingProcessIT {

  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessTestSupport.engineExtension();

  private static final String TRUSTEE = "trustee-tom";

  private RuntimeService runtimeService;
  private ManagementService managementService;
  private ProcessTestSupport support;
  private FakeOfferingSteps steps;
  private String offeringId;
  private Instant now;

  @BeforeEach
  void wireDelegates() {
    runtimeService = engine.getRuntimeService();
    managementService = engine.getManagementService();
    support = new ProcessTestSupport(engine.getProcessEngine());
    steps = new FakeOfferingSteps();
    Mocks.register(BEAN_OPEN, new OpenOfferingDelegate(steps));
    Mocks.register(BEAN_RECORD_REJECTION, new RecordOfferingRejectionDelegate(steps));
    Mocks.register(BEAN_ALLOCATE, new AllocateOfferingDelegate(steps));
    Mocks.register(BEAN_SETTLE_ALLOCATION, new SettleAllocationDelegate(steps));
    Mocks.register(BEAN_RECORD_SETTLED, new RecordOfferingSettledDelegate(steps));
    Mocks.register(Reviews.BEAN_REVIEW_DECISION_GUARD, new ReviewDecisionListener());
    Mocks.register(Reviews.BEAN_ESCALATE_OVERDUE_REVIEW, new EscalateOverdueReviewListener());
    offeringId = "OF-" + UUID.randomUUID();
    now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @AfterEach
  void reset() {
    ProcessTestSupport.resetMocksAndClock();
  }

  @Test
  void approvedOfferingClosesAtItsCloseTimeAndSettlesEachAllocation() {
    ProcessInstance process = start(now.plus(Duration.ofDays(3)));
    assertThat(process).isWaitingAt(TASK_TRUSTEE_APPROVAL);
    assertThat(support.candidateGroups(support.task(process, TASK_TRUSTEE_APPROVAL)))
        .containsExactly(GROUP_TRUSTEE);

    approve(process);
    assertThat(process).isWaitingAt(GATEWAY_WAIT_FOR_CLOSE);
    assertThat(steps.calls).containsExactly("open " + offeringId);
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(process.getId())
            .activityId(EVENT_CLOSE_TIME_REACHED)
            .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(now.plus(Duration.ofDays(3))));

    ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofDays(3)).plusSeconds(1)));
    managementService.executeJob(timer.getId());
    assertThat(process).isWaitingAt(TASK_ALLOCATE); // asynchronous: its own transaction
    support.executeJob(process, TASK_ALLOCATE);
    for (int i = 0; i < 3; i++) {
      assertThat(support.job(process, TASK_SETTLE_ALLOCATION)).as("settlement job").isNotNull();
      support.executeJob(process, TASK_SETTLE_ALLOCATION);
    }

    assertThat(process)
        .isEnded()
        .hasPassed(EVENT_CLOSE_TIME_REACHED, TASK_RECORD_SETTLED, END_OFFERING_SETTLED)
        .hasNotPassed(EVENT_CLOSED_EARLY);
    assertThat(steps.calls)
        .containsExactly(
            "open " + offeringId,
            "allocate " + offeringId,
            "settle 1",
            "settle 2",
            "settle 3",
            "settled " + offeringId);
    assertThat(steps.ledgerTransactions).hasSize(3);
  }

  @Test
  void theIssuerClosesEarlyByMessage() {
    ProcessInstance process = start(now.plus(Duration.ofDays(30)));
    approve(process);
    steps.allocationNumbers = List.of();

    runtimeService
        .createMessageCorrelation(MESSAGE_CLOSE_EARLY)
        .processInstanceBusinessKey(offeringId)
        .correlate();
    support.executeJob(process, TASK_ALLOCATE);

    assertThat(process)
        .isEnded()
        .hasPassed(EVENT_CLOSED_EARLY, END_OFFERING_SETTLED)
        .hasNotPassed(EVENT_CLOSE_TIME_REACHED, TASK_SETTLE_ALLOCATION);
    assertThat(managementService.createJobQuery().processInstanceId(process.getId()).count())
        .isZero();
  }

  @Test
  void aSettlementThatFailsAfterTheLedgerCommitIsRetriedWithoutASecondTransaction() {
    ProcessInstance process = start(now.plusSeconds(60));
    approve(process);
    steps.allocationNumbers = List.of(1);
    runtimeService
        .createMessageCorrelation(MESSAGE_CLOSE_EARLY)
        .processInstanceBusinessKey(offeringId)
        .correlate();
    support.executeJob(process, TASK_ALLOCATE);
    steps.failNextSettlementAfterCommit = true;

    Job settle = support.job(process, TASK_SETTLE_ALLOCATION);
    try {
      managementService.executeJob(settle.getId());
    } catch (RuntimeException expected) {
      // the crash after the ledger commit
    }
    Job retried = support.job(process, TASK_SETTLE_ALLOCATION);
    assertThat(retried.getRetries()).isEqualTo(2); // R3: one of three used
    managementService.executeJob(retried.getId());

    assertThat(process).isEnded().hasPassed(END_OFFERING_SETTLED);
    assertThat(steps.settleAttempts).isEqualTo(2);
    assertThat(steps.ledgerTransactions)
        .containsOnlyKeys("offering-" + offeringId + ".allocation-1");
  }

  @Test
  void refusedTermsNeverOpen() {
    ProcessInstance process = start(now.plus(Duration.ofDays(3)));

    support.claimAndComplete(
        process, TASK_TRUSTEE_APPROVAL, TRUSTEE, decisionVariables(REJECT, "Price too high"));

    assertThat(process).isEnded().hasPassed(TASK_RECORD_REJECTION, END_OFFERING_REJECTED);
    assertThat(steps.calls).containsExactly("reject " + offeringId + ": Price too high");
  }

  private ProcessInstance start(Instant closesAt) {
    return runtimeService.startProcessInstanceByKey(
        PROCESS_KEY, offeringId, startVariables(offeringId, closesAt));
  }

  private void approve(ProcessInstance process) {
    support.claimAndComplete(
        process, TASK_TRUSTEE_APPROVAL, TRUSTEE, decisionVariables(APPROVE, "Terms fine"));
  }
}
