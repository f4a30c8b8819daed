package org.cornerstone.workflows.origination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.*;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
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
import org.cornerstone.workflows.testing.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the real {@code real-estate-onboarding} model on PostgreSQL, every path. */
@Deployment(resources = BPMN_RESOURCE)
class RealEstateOnboardingProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessTestSupport.engineExtension();

  private static final String TRUSTEE = "trustee-alice";

  private ProcessEngine processEngine;
  private RuntimeService runtimeService;
  private TaskService taskService;
  private ManagementService managementService;
  private HistoryService historyService;
  private ProcessTestSupport support;
  private FakeOnboardingSteps steps;
  private String assetId;

  @BeforeEach
  void wireDelegates() {
    processEngine = engine.getProcessEngine();
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    managementService = engine.getManagementService();
    historyService = engine.getHistoryService();
    support = new ProcessTestSupport(processEngine);

    steps = new FakeOnboardingSteps();
    Mocks.register(BEAN_CHECK_DOCUMENT_COMPLETENESS, new CheckDocumentCompletenessDelegate(steps));
    Mocks.register(BEAN_ISSUE_TOKENS, new IssueTokensDelegate(steps));
    Mocks.register(BEAN_RECORD_REJECTION, new RecordRejectionDelegate(steps));
    assetId = "asset-" + UUID.randomUUID();
  }

  @AfterEach
  void reset() {
    ProcessTestSupport.resetMocksAndClock();
  }

  @Test
  void approvedAssetGetsItsTokensIssued() {
    ProcessInstance process = start();

    assertThat(process).isWaitingAt(TASK_TRUSTEE_REVIEW);
    assertThat(steps.completenessChecks()).containsExactly(assetId);
    assertThat(process).variables().containsEntry(VAR_DOCUMENTS_COMPLETE, true);

    review(process, true, "Title deed and appraisal in order");

    // issuance is asynchronous: the trustee's transaction ends before the ledger is called
    assertThat(process).isWaitingAt(TASK_ISSUE_TOKENS);
    assertThat(steps.issuanceCalls()).isEmpty();

    support.executeJob(process, TASK_ISSUE_TOKENS);

    assertThat(process).isEnded().hasPassed(END_ASSET_TOKENIZED).hasNotPassed(END_ASSET_REJECTED);
    assertThat(steps.ledger()).containsOnlyKeys(assetId);
    assertThat(support.historicVariable(process, VAR_LEDGER_TRANSACTION_ID))
        .isEqualTo(steps.ledger().get(assetId));
    assertThat(support.historicVariable(process, VAR_REVIEWED_BY)).isEqualTo(TRUSTEE);
    assertThat(steps.rejections()).isEmpty();
    assertThat(support.historicActivities(process))
        .containsExactly(
            START_ASSET_SUBMITTED,
            TASK_CHECK_DOCUMENT_COMPLETENESS,
            GATEWAY_DOCUMENTS_COMPLETE,
            TASK_TRUSTEE_REVIEW,
            GATEWAY_APPROVED,
            TASK_ISSUE_TOKENS,
            END_ASSET_TOKENIZED);
    assertThat(
            historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceId(process.getId())
                .taskDefinitionKey(TASK_TRUSTEE_REVIEW)
                .singleResult()
                .getAssignee())
        .isEqualTo(TRUSTEE);
  }

  @Test
  void incompleteDocumentsRejectTheAssetWithoutReview() {
    steps.missing(assetId, "title deed", "insurance");

    ProcessInstance process = start();

    assertThat(process).isEnded().hasPassed(TASK_RECORD_DOCUMENTS_REJECTION, END_ASSET_REJECTED);
    assertThat(process).hasNotPassed(TASK_TRUSTEE_REVIEW, TASK_ISSUE_TOKENS);
    String expectedReason = MISSING_DOCUMENTS_REASON_PREFIX + "title deed, insurance";
    assertThat(steps.rejections()).containsExactly(Map.entry(assetId, expectedReason));
    assertThat(support.historicVariable(process, VAR_REJECTION_REASON)).isEqualTo(expectedReason);
    assertThat(support.historicVariable(process, VAR_DOCUMENTS_COMPLETE)).isEqualTo(false);
    assertThat(steps.issuanceCalls()).isEmpty();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(assetId).count()).isZero();
  }

  @Test
  void trusteeRejectionEndsTheProcessWithTheTrusteesComment() {
    ProcessInstance process = start();
    String comment = "Appraisal is older than twelve months " + UUID.randomUUID();

    review(process, false, comment);

    assertThat(process).isEnded().hasPassed(TASK_RECORD_TRUSTEE_REJECTION, END_ASSET_REJECTED);
    assertThat(process).hasNotPassed(TASK_ISSUE_TOKENS, TASK_RECORD_DOCUMENTS_REJECTION);
    assertThat(steps.rejections()).containsExactly(Map.entry(assetId, comment));
    assertThat(support.historicVariable(process, VAR_REJECTION_REASON)).isEqualTo(comment);
    assertThat(steps.issuanceCalls()).isEmpty();
    assertThat(managementService.createJobQuery().processInstanceId(process.getId()).count())
        .isZero();
  }

  @Test
  void trusteeCannotRejectWithoutAReason() {
    ProcessInstance process = start();
    Task task = reviewTask(process);

    assertThatThrownBy(
            () -> taskService.complete(task.getId(), reviewVariables(false, " ", TRUSTEE)))
        .hasMessageContaining(VAR_REJECTION_REASON);

    assertThat(process).isWaitingAt(TASK_TRUSTEE_REVIEW);
    assertThat(reviewTask(process).getId()).isEqualTo(task.getId());
    assertThat(steps.rejections()).isEmpty();
  }

  @Test
  void reviewWithoutADecisionIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance process = start();
    Task task = reviewTask(process);

    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of(VAR_REVIEWED_BY, TRUSTEE)))
        .isInstanceOf(ProcessEngineException.class);

    assertThat(process).isWaitingAt(TASK_TRUSTEE_REVIEW);
    assertThat(managementService.createJobQuery().processInstanceId(process.getId()).count())
        .isZero();
  }

  @Test
  void completingTheReviewTaskTwiceFailsAndIssuesOnce() {
    ProcessInstance process = start();
    Task task = reviewTask(process);
    taskService.complete(task.getId(), reviewVariables(true, "ok", TRUSTEE));

    assertThatThrownBy(
            () -> taskService.complete(task.getId(), reviewVariables(true, "again", TRUSTEE)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining(task.getId());

    assertThat(managementService.createJobQuery().processInstanceId(process.getId()).count())
        .isEqualTo(1);
    support.executeJob(process, TASK_ISSUE_TOKENS);
    assertThat(process).isEnded();
    assertThat(steps.issuanceCalls()).containsExactly(assetId);
  }

  @Test
  void issuanceFailingThreeTimesRaisesAnIncident() {
    steps.ledgerUnavailable(3);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));
    ProcessInstance process = approvedAndWaitingForIssuance();
    Job job = support.job(process, TASK_ISSUE_TOKENS);
    assertThat(job.getRetries()).isEqualTo(3);

    for (int failure = 1; failure <= 3; failure++) {
      assertThatThrownBy(() -> managementService.executeJob(job.getId()))
          .hasMessageContaining("Ledger unavailable");
      Job failed = support.job(process, TASK_ISSUE_TOKENS);
      assertThat(failed.getRetries()).isEqualTo(3 - failure);
      assertThat(failed.getExceptionMessage()).contains("Ledger unavailable");
      if (failure < 3) {
        assertThat(failed.getDuedate()).isEqualTo(Date.from(now.plusSeconds(30)));
        assertThat(support.incidents(process)).isEmpty();
      }
    }

    List<Incident> incidents = support.incidents(process);
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getActivityId()).isEqualTo(TASK_ISSUE_TOKENS);
    assertThat(incidents.get(0).getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(process).isNotEnded().isWaitingAt(TASK_ISSUE_TOKENS);
    assertThat(steps.issuanceCalls()).hasSize(3);
    assertThat(steps.ledger()).isEmpty();
  }

  @Test
  void retryAfterTheFaultIsFixedCompletesTheIssuance() {
    steps.ledgerUnavailable(3);
    ProcessInstance process = approvedAndWaitingForIssuance();
    Job job = support.job(process, TASK_ISSUE_TOKENS);
    for (int failure = 1; failure <= 3; failure++) {
      assertThatThrownBy(() -> managementService.executeJob(job.getId()))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(support.incidents(process)).hasSize(1);

    // the ledger is back; an admin retries the job (as the admin UI will)
    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    assertThat(process).isEnded().hasPassed(END_ASSET_TOKENIZED);
    assertThat(support.incidents(process)).isEmpty();
    assertThat(support.historicVariable(process, VAR_LEDGER_TRANSACTION_ID))
        .isEqualTo(steps.ledger().get(assetId));
    assertThat(steps.issuanceCalls()).hasSize(4);
  }

  @Test
  void retryAfterALostLedgerReplyKeepsTheFirstTransaction() {
    steps.replyLostAfterLedgerCommit(1);
    ProcessInstance process = approvedAndWaitingForIssuance();
    Job job = support.job(process, TASK_ISSUE_TOKENS);

    assertThatThrownBy(() -> managementService.executeJob(job.getId()))
        .hasMessageContaining("Ledger reply lost");
    String firstTransaction = steps.ledger().get(assetId);
    assertThat(firstTransaction).isNotNull();
    managementService.executeJob(job.getId());

    assertThat(process).isEnded().hasPassed(END_ASSET_TOKENIZED);
    assertThat(steps.issuanceCalls()).containsExactly(assetId, assetId);
    assertThat(steps.ledger()).containsExactly(Map.entry(assetId, firstTransaction));
    assertThat(support.historicVariable(process, VAR_LEDGER_TRANSACTION_ID))
        .isEqualTo(firstTransaction);
  }

  @Test
  void businessKeyIsTheAssetIdAndTheReviewGoesToTrustees() {
    ProcessInstance process = start();

    assertThat(process.getBusinessKey()).isEqualTo(assetId);
    assertThat(process).hasBusinessKey(assetId);
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(assetId)
            .taskCandidateGroup(GROUP_TRUSTEE)
            .singleResult();
    assertThat(task).isNotNull();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(TASK_TRUSTEE_REVIEW);
    assertThat(task.getName()).isEqualTo("Trustee review");
    assertThat(
            taskService
                .createTaskQuery()
                .taskId(task.getId())
                .taskCandidateGroup("investor")
                .count())
        .isZero();
  }

  @Test
  void reviewTaskIsDueAfterTheDurationSetByTheStarter() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));

    ProcessInstance process =
        runtimeService.startProcessInstanceByKey(
            PROCESS_KEY, assetId, startVariables(assetId, "PT48H"));

    assertThat(reviewTask(process).getDueDate())
        .isEqualTo(Date.from(now.plus(Duration.ofHours(48))));
  }

  @Test
  void reviewTaskIsDueAtTheDateSetByTheStarter() {
    Date due = Date.from(Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS));

    ProcessInstance process =
        runtimeService.startProcessInstanceByKey(
            PROCESS_KEY, assetId, startVariables(assetId, due));

    assertThat(reviewTask(process).getDueDate()).isEqualTo(due);
  }

  @Test
  void defaultStartVariablesGiveTheReviewThreeDays() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));

    ProcessInstance process = start();

    assertThat(reviewTask(process).getDueDate()).isEqualTo(Date.from(now.plus(Duration.ofDays(3))));
  }

  // --- helpers ---------------------------------------------------------------------------------

  private ProcessInstance start() {
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, assetId, startVariables(assetId));
  }

  private ProcessInstance approvedAndWaitingForIssuance() {
    ProcessInstance process = start();
    review(process, true, "Approved");
    assertThat(process).isWaitingAt(TASK_ISSUE_TOKENS);
    return process;
  }

  private void review(ProcessInstance process, boolean approved, String comment) {
    support.claimAndComplete(
        process, TASK_TRUSTEE_REVIEW, TRUSTEE, reviewVariables(approved, comment, TRUSTEE));
  }

  private Task reviewTask(ProcessInstance process) {
    return support.task(process, TASK_TRUSTEE_REVIEW);
  }
}
