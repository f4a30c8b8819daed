package org.cornerstone.workflows.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.cornerstone.workflows.financing.ReceivableOnboarding.*;
import static org.cornerstone.workflows.rules.ReviewDecision.APPROVE;
import static org.cornerstone.workflows.rules.ReviewDecision.REJECT;
import static org.cornerstone.workflows.rules.Reviews.decisionVariables;

import java.util.UUID;
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

/** Runs the real {@code receivable-onboarding} model on PostgreSQL. */
@Deployment(resources = BPMN)
class ReceivableOnboardingProcessIT {
  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessTestSupport.engineExtension();

  private static final String DEBTOR = "derek";
  private static final String COMPLIANCE = "carl";

  private ProcessTestSupport support;
  private FakeReceivableOnboardingSteps steps;
  private String receivableId;

  @BeforeEach
  void wireDelegates() {
    support = new ProcessTestSupport(engine.getProcessEngine());
    steps = new FakeReceivableOnboardingSteps();
    Mocks.register(BEAN_ISSUE_CERTIFICATE, new IssueCertificateDelegate(steps));
    Mocks.register(BEAN_RECORD_DISPUTE, new RecordDisputeDelegate(steps));
    Mocks.register(BEAN_RECORD_REJECTION, new RecordReceivableRejectionDelegate(steps));
    Mocks.register(Reviews.BEAN_REVIEW_DECISION_GUARD, new ReviewDecisionListener());
    receivableId = "RCV-" + UUID.randomUUID();
  }

  @AfterEach
  void reset() {
    ProcessTestSupport.resetMocksAndClock();
  }

  @Test
  void aConfirmedAndApprovedReceivableIssuesTheCertificateAsynchronously() {
    ProcessInstance process = start();
    assertThat(process).isWaitingAt(TASK_DEBTOR_CONFIRMATION);
    assertThat(support.candidateGroups(support.task(process, TASK_DEBTOR_CONFIRMATION)))
        .containsExactly("debtor-daqing-petrochem");

    support.claimAndComplete(
        process, TASK_DEBTOR_CONFIRMATION, DEBTOR, decisionVariables(APPROVE, ""));
    assertThat(process).isWaitingAt(TASK_COMPLIANCE_REVIEW);
    assertThat(support.candidateGroups(support.task(process, TASK_COMPLIANCE_REVIEW)))
        .containsExactly(GROUP_COMPLIANCE);

    support.claimAndComplete(
        process, TASK_COMPLIANCE_REVIEW, COMPLIANCE, decisionVariables(APPROVE, ""));
    // the ledger step waits for the job executor: compliance's decision commits on its own
    assertThat(process).isWaitingAt(TASK_ISSUE_CERTIFICATE);
    assertThat(steps.calls).isEmpty();
    support.executeJob(process, TASK_ISSUE_CERTIFICATE);

    assertThat(process).isEnded().hasPassed(TASK_ISSUE_CERTIFICATE, END_CERTIFICATE_ISSUED);
    assertThat(steps.calls).containsExactly("issue " + receivableId);
    assertThat(support.historicVariable(process, VAR_CERTIFICATE_ID))
        .isEqualTo("PC-" + receivableId);
  }

  @Test
  void aDisputeEndsTheCaseWithTheDebtorsReasonAndNeedsOne() {
    ProcessInstance process = start();
    Task task = support.task(process, TASK_DEBTOR_CONFIRMATION);
    engine.getTaskService().claim(task.getId(), DEBTOR);
    assertThatThrownBy(
            () -> engine.getTaskService().complete(task.getId(), decisionVariables(REJECT, " ")))
        .hasMessageContaining(ReviewDecisionListener.MISSING_COMMENT);
    assertThat(process).isWaitingAt(TASK_DEBTOR_CONFIRMATION);

    engine
        .getTaskService()
        .complete(task.getId(), decisionVariables(REJECT, "Goods not delivered in full"));

    assertThat(process)
        .isEnded()
        .hasPassed(TASK_RECORD_DISPUTE, END_RECEIVABLE_DISPUTED)
        .hasNotPassed(TASK_COMPLIANCE_REVIEW, TASK_ISSUE_CERTIFICATE);
    assertThat(steps.calls)
        .containsExactly(
            "dispute " + receivableId + " by " + DEBTOR + ": Goods not delivered in full");
  }

  @Test
  void complianceRejectionIsRecordedWithItsReason() {
    ProcessInstance process = start();
    support.claimAndComplete(
        process, TASK_DEBTOR_CONFIRMATION, DEBTOR, decisionVariables(APPROVE, ""));
    support.claimAndComplete(
        process,
        TASK_COMPLIANCE_REVIEW,
        COMPLIANCE,
        decisionVariables(REJECT, "Supplier KYC expired"));

    assertThat(process)
        .isEnded()
        .hasPassed(TASK_RECORD_REJECTION, END_RECEIVABLE_REJECTED)
        .hasNotPassed(TASK_ISSUE_CERTIFICATE);
    assertThat(steps.calls)
        .containsExactly("reject " + receivableId + " by " + COMPLIANCE + ": Supplier KYC expired");
  }

  @Test
  void aFailedIssuanceIsRetriedAndThenAnIncident() {
    steps.ledgerUnavailable(3);
    ProcessInstance process = start();
    support.claimAndComplete(
        process, TASK_DEBTOR_CONFIRMATION, DEBTOR, decisionVariables(APPROVE, ""));
    support.claimAndComplete(
        process, TASK_COMPLIANCE_REVIEW, COMPLIANCE, decisionVariables(APPROVE, ""));
    Job job = support.job(process, TASK_ISSUE_CERTIFICATE);
    for (int failure = 1; failure <= 3; failure++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
          .hasMessageContaining("Ledger unavailable");
    }
    assertThat(support.incidents(process)).hasSize(1);

    engine.getManagementService().setJobRetries(job.getId(), 1);
    engine.getManagementService().executeJob(job.getId());

    assertThat(process).isEnded().hasPassed(END_CERTIFICATE_ISSUED);
    assertThat(steps.calls).hasSize(4).containsOnly("issue " + receivableId);
  }

  private ProcessInstance start() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY, receivableId, startVariables(receivableId, "suki", "daqing-petrochem"));
  }
}
