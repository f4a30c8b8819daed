package org.cornerstone.workflows.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.cornerstone.workflows.registry.IssuerAgentAction.*;
import static org.cornerstone.workflows.rules.ReviewDecision.APPROVE;
import static org.cornerstone.workflows.rules.ReviewDecision.REJECT;
import static org.cornerstone.workflows.rules.Reviews.decisionVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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

/** Runs the real {@code issuer-agent-action} model on PostgreSQL, every path. */
@Deployment(resources = BPMN_RESOURCE)
class IssuerAgentActionProcessIT {

  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessTestSupport.engineExtension();

  private static final String REGISTRAR = "registrar-rita";
  private static final String TRUSTEE = "trustee-tom";

  private RuntimeService runtimeService;
  private TaskService taskService;
  private ManagementService managementService;
  private ProcessTestSupport support;
  private FakeSteps steps;
  private String actionId;

  @BeforeEach
  void wireDelegates() {
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    managementService = engine.getManagementService();
    support = new ProcessTestSupport(engine.getProcessEngine());
    steps = new FakeSteps();
    Mocks.register(BEAN_EXECUTE_ACTION, new ExecuteIssuerAgentActionDelegate(steps));
    Mocks.register(BEAN_RECORD_REJECTION, new RecordIssuerAgentActionRejectionDelegate(steps));
    Mocks.register(BEAN_REQUESTER_IS_NOT_APPROVER, new RequesterIsNotApproverListener());
    Mocks.register(Reviews.BEAN_REVIEW_DECISION_GUARD, new ReviewDecisionListener());
    Mocks.register(Reviews.BEAN_ESCALATE_OVERDUE_REVIEW, new EscalateOverdueReviewListener());
    actionId = "A-" + UUID.randomUUID();
  }

  @AfterEach
  void reset() {
    ProcessTestSupport.resetMocksAndClock();
  }

  @Test
  void anApprovedActionIsCarriedOutOnceAsynchronously() {
    ProcessInstance process = start();
    assertThat(process).isWaitingAt(TASK_TRUSTEE_APPROVAL);
    Task approval = support.task(process, TASK_TRUSTEE_APPROVAL);
    assertThat(support.candidateGroups(approval)).containsExactly(GROUP_TRUSTEE);

    support.claimAndComplete(
        process, TASK_TRUSTEE_APPROVAL, TRUSTEE, decisionVariables(APPROVE, "Court order seen"));

    // asynchronous: nothing on the ledger until the job runs
    assertThat(process).isWaitingAt(TASK_EXECUTE_ACTION);
    assertThat(steps.executions).isEmpty();
    support.executeJob(process, TASK_EXECUTE_ACTION);

    assertThat(process)
        .isEnded()
        .hasPassed(TASK_EXECUTE_ACTION, END_ACTION_EXECUTED)
        .hasNotPassed(END_ACTION_REJECTED);
    assertThat(steps.executions).containsExactly(actionId);
    assertThat(support.historicVariable(process, VAR_LEDGER_TRANSACTION_ID))
        .isEqualTo("tx-" + actionId);
    assertThat(support.historicVariable(process, Reviews.VAR_REVIEWED_BY)).isEqualTo(TRUSTEE);
  }

  @Test
  void theRequesterCanNeitherClaimNorCompleteTheApproval() {
    ProcessInstance process = start();
    Task approval = support.task(process, TASK_TRUSTEE_APPROVAL);

    assertThatThrownBy(() -> taskService.claim(approval.getId(), REGISTRAR))
        .hasMessageContaining(RequesterIsNotApproverListener.FOUR_EYES);
    assertThatThrownBy(() -> taskService.setAssignee(approval.getId(), REGISTRAR))
        .hasMessageContaining(RequesterIsNotApproverListener.FOUR_EYES);

    assertThat(process).isWaitingAt(TASK_TRUSTEE_APPROVAL);
    assertThat(support.task(process, TASK_TRUSTEE_APPROVAL).getAssignee()).isNull();
    assertThat(steps.executions).isEmpty();
  }

  @Test
  void aRejectionIsRecordedWithTheTrusteesReasonAndNothingIsCarriedOut() {
    ProcessInstance process = start();
    String reason = "The court order is not certified " + UUID.randomUUID();

    support.claimAndComplete(
        process, TASK_TRUSTEE_APPROVAL, TRUSTEE, decisionVariables(REJECT, reason));

    assertThat(process).isEnded().hasPassed(TASK_RECORD_REJECTION, END_ACTION_REJECTED);
    assertThat(steps.rejections).containsExactly(Map.entry(actionId, reason));
    assertThat(steps.executions).isEmpty();
  }

  @Test
  void aRejectionNeedsAReason() {
    ProcessInstance process = start();
    Task task = support.task(process, TASK_TRUSTEE_APPROVAL);
    taskService.claim(task.getId(), TRUSTEE);

    assertThatThrownBy(() -> taskService.complete(task.getId(), decisionVariables(REJECT, " ")))
        .hasMessageContaining(ReviewDecisionListener.MISSING_COMMENT);
    assertThat(process).isWaitingAt(TASK_TRUSTEE_APPROVAL);
  }

  @Test
  void aLedgerFailingThreeTimesRaisesAnIncidentThatARetryResolves() {
    steps.failuresLeft = 3;
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));
    ProcessInstance process = start();
    support.claimAndComplete(
        process, TASK_TRUSTEE_APPROVAL, TRUSTEE, decisionVariables(APPROVE, ""));
    Job job = support.job(process, TASK_EXECUTE_ACTION);
    assertThat(job.getRetries()).isEqualTo(3);

    for (int failure = 1; failure <= 3; failure++) {
      assertThatThrownBy(() -> managementService.executeJob(job.getId()))
          .hasMessageContaining("Ledger unavailable");
      Job failed = support.job(process, TASK_EXECUTE_ACTION);
      assertThat(failed.getRetries()).isEqualTo(3 - failure);
      if (failure < 3) {
        assertThat(failed.getDuedate()).isEqualTo(Date.from(now.plusSeconds(30)));
        assertThat(support.incidents(process)).isEmpty();
      }
    }
    List<Incident> incidents = support.incidents(process);
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getActivityId()).isEqualTo(TASK_EXECUTE_ACTION);
    assertThat(process).isWaitingAt(TASK_EXECUTE_ACTION);

    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    assertThat(process).isEnded().hasPassed(END_ACTION_EXECUTED);
    assertThat(support.incidents(process)).isEmpty();
    // the step was asked four times; the fake, like the ledger, committed once
    assertThat(steps.calls).isEqualTo(4);
    assertThat(steps.executions).containsExactly(actionId);
  }

  @Test
  void theRequestKeyNamesTheActionAndTheStep() {
    assertThat(requestKey("42")).isEqualTo("action-42.execute");
  }

  private ProcessInstance start() {
    return runtimeService.startProcessInstanceByKey(
        PROCESS_KEY, actionId, startVariables(actionId, "FREEZE", REGISTRAR));
  }

  /** Records what the process asked; fails the first {@code failuresLeft} executions. */
  static final class FakeSteps implements IssuerAgentActionSteps {
    final List<String> executions = new ArrayList<>();
    final Map<String, String> rejections = new LinkedHashMap<>();
    int failuresLeft;
    int calls;

    @Override
    public String execute(String actionId) {
      calls++;
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new IllegalStateException("Ledger unavailable");
      }
      if (!executions.contains(actionId)) {
        executions.add(actionId);
      }
      return "tx-" + actionId;
    }

    @Override
    public void recordRejection(String actionId, String reason) {
      rejections.put(actionId, reason);
    }
  }
}
