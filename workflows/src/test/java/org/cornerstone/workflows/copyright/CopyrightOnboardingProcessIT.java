package org.cornerstone.workflows.copyright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.cornerstone.workflows.copyright.CopyrightOnboarding.*;
import static org.cornerstone.workflows.rules.ReviewDecision.APPROVE;
import static org.cornerstone.workflows.rules.ReviewDecision.REJECT;
import static org.cornerstone.workflows.rules.ReviewDecision.SEND_BACK;
import static org.cornerstone.workflows.rules.Reviews.decisionVariables;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
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
import org.cornerstone.workflows.rules.Decisions;
import org.cornerstone.workflows.rules.EscalateOverdueReviewListener;
import org.cornerstone.workflows.rules.ReviewDecision;
import org.cornerstone.workflows.rules.ReviewDecisionListener;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.rules.RiskClass;
import org.cornerstone.workflows.rules.TokenizationCap;
import org.cornerstone.workflows.rules.TrusteeFourEyesListener;
import org.cornerstone.workflows.testing.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the real {@code copyright-onboarding} model (and its DMN tables) on PostgreSQL. */
@Deployment(
    resources = {
      BPMN_RESOURCE,
      Decisions.REQUIRED_DOCUMENTS_RESOURCE,
      Decisions.TOKENIZATION_CAP_RESOURCE
    })
class CopyrightOnboardingProcessIT {

  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessTestSupport.engineExtension();

  private static final String ORIGINATOR = "originator-olivia";
  private static final String COMPLIANCE = "compliance-carol";
  private static final String LEGAL = "legal-leo";
  private static final String TRUSTEE_ALICE = "trustee-alice";
  private static final String TRUSTEE_BOB = "trustee-bob";

  private static final Map<String, String> REVIEWER =
      Map.of(
          TASK_COMPLIANCE_REVIEW, COMPLIANCE,
          TASK_LEGAL_REVIEW, LEGAL,
          TASK_FIRST_TRUSTEE_APPROVAL, TRUSTEE_ALICE,
          TASK_SECOND_TRUSTEE_APPROVAL, TRUSTEE_BOB);

  private static final List<String> REVIEWS =
      List.of(
          TASK_COMPLIANCE_REVIEW,
          TASK_LEGAL_REVIEW,
          TASK_FIRST_TRUSTEE_APPROVAL,
          TASK_SECOND_TRUSTEE_APPROVAL);

  private RuntimeService runtimeService;
  private TaskService taskService;
  private ManagementService managementService;
  private HistoryService historyService;
  private ProcessTestSupport support;
  private FakeCopyrightOnboardingSteps steps;
  private String assetId;

  @BeforeEach
  void wireDelegates() {
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    managementService = engine.getManagementService();
    historyService = engine.getHistoryService();
    support = new ProcessTestSupport(engine.getProcessEngine());

    steps = new FakeCopyrightOnboardingSteps();
    Mocks.register(BEAN_CHECK_DOCUMENTS, new CheckCopyrightDocumentsDelegate(steps));
    Mocks.register(BEAN_VALUE_ROYALTIES, new ValueRoyaltiesDelegate(steps));
    Mocks.register(BEAN_ISSUE_TOKENS, new IssueCopyrightTokensDelegate(steps));
    Mocks.register(BEAN_NOTIFY_ORIGINATOR, new NotifyOriginatorDelegate(steps));
    Mocks.register(BEAN_RECORD_REJECTION, new RecordCopyrightRejectionDelegate(steps));
    Mocks.register(Reviews.BEAN_TRUSTEE_FOUR_EYES, new TrusteeFourEyesListener());
    Mocks.register(Reviews.BEAN_REVIEW_DECISION_GUARD, new ReviewDecisionListener());
    Mocks.register(Reviews.BEAN_ESCALATE_OVERDUE_REVIEW, new EscalateOverdueReviewListener());
    assetId = "copyright-" + UUID.randomUUID();
  }

  @AfterEach
  void reset() {
    ProcessTestSupport.resetMocksAndClock();
  }

  @Test
  void happyPathValuesApprovesTokenizesAndNotifiesTheOriginator() {
    RoyaltyValuation.Assumptions assumptions =
        new RoyaltyValuation.Assumptions(new BigDecimal("0.06"), new BigDecimal("0.15"), 60);
    ProcessInstance process =
        runtimeService.startProcessInstanceByKey(
            PROCESS_KEY,
            assetId,
            startVariables(assetId, ORIGINATOR, "CN-SH", RiskClass.MEDIUM, assumptions, "P2D"));

    assertThat(process).isWaitingAt(TASK_COMPLIANCE_REVIEW);
    assertThat(steps.requiredPerCheck())
        .containsExactly(
            List.of(
                Decisions.DOC_REGISTRATION_CERTIFICATE,
                Decisions.DOC_CHAIN_OF_RIGHTS,
                Decisions.DOC_ROYALTY_HISTORY));
    decide(process, TASK_COMPLIANCE_REVIEW, COMPLIANCE, APPROVE, "KYC/AML clear");

    assertThat(process).isWaitingAt(TASK_LEGAL_REVIEW);
    RoyaltyValuation.Valuation expected =
        RoyaltyValuation.value(FakeCopyrightOnboardingSteps.HISTORY, assumptions);
    assertThat(steps.valuations()).containsExactly(assumptions);
    assertThat(process)
        .variables()
        .containsEntry(VAR_LOAN_TO_VALUE_BPS, 4000)
        .containsEntry(VAR_VALUATION_AMOUNT, expected.presentValue().toPlainString())
        .containsEntry(VAR_VALUATION_BASE_MONTHLY_ROYALTY, "1000.00")
        .containsEntry(VAR_VALUATION_MONTHS_OF_HISTORY, 24)
        .containsEntry(
            VAR_TOKENIZATION_CAP,
            TokenizationCap.capAmount(expected.presentValue(), 4000).toPlainString())
        .containsEntry(VAR_DISCOUNT_RATE, "0.06")
        .containsEntry(VAR_DECAY_RATE, "0.15")
        .containsEntry(VAR_HORIZON_MONTHS, 60);

    decide(process, TASK_LEGAL_REVIEW, LEGAL, APPROVE, "Chain of rights complete");
    decide(process, TASK_FIRST_TRUSTEE_APPROVAL, TRUSTEE_ALICE, APPROVE, "");
    decide(process, TASK_SECOND_TRUSTEE_APPROVAL, TRUSTEE_BOB, APPROVE, null);

    // tokenization is asynchronous: the second trustee's transaction ends before the ledger call
    assertThat(process).isWaitingAt(TASK_TOKENIZE);
    assertThat(steps.issuanceCalls()).isEmpty();
    support.executeJob(process, TASK_TOKENIZE);

    assertThat(process).isEnded().hasPassed(END_COPYRIGHT_TOKENIZED);
    String transaction = steps.ledger().get(assetId);
    assertThat(steps.issuedCaps().get(assetId))
        .isEqualByComparingTo(TokenizationCap.capAmount(expected.presentValue(), 4000));
    assertThat(steps.notifications())
        .containsExactly(assetId + "|" + ORIGINATOR + "|" + transaction);
    assertThat(steps.rejections()).isEmpty();
    assertThat(support.historicVariable(process, VAR_LEDGER_TRANSACTION_ID)).isEqualTo(transaction);
    assertThat(support.historicVariable(process, VAR_FIRST_TRUSTEE_APPROVER))
        .isEqualTo(TRUSTEE_ALICE);
    assertThat(support.historicActivities(process))
        .containsExactly(
            START_COPYRIGHT_SUBMITTED,
            GATEWAY_TO_DETERMINE_REQUIRED_DOCUMENTS,
            TASK_DETERMINE_REQUIRED_DOCUMENTS,
            TASK_CHECK_DOCUMENT_COMPLETENESS,
            GATEWAY_DOCUMENTS_COMPLETE,
            GATEWAY_TO_COMPLIANCE_REVIEW,
            TASK_COMPLIANCE_REVIEW,
            GATEWAY_COMPLIANCE_DECISION,
            TASK_DETERMINE_TOKENIZATION_CAP,
            TASK_VALUE_ROYALTIES,
            GATEWAY_TO_LEGAL_REVIEW,
            TASK_LEGAL_REVIEW,
            GATEWAY_LEGAL_DECISION,
            GATEWAY_TO_FIRST_TRUSTEE_APPROVAL,
            TASK_FIRST_TRUSTEE_APPROVAL,
            GATEWAY_FIRST_TRUSTEE_DECISION,
            TASK_SECOND_TRUSTEE_APPROVAL,
            GATEWAY_SECOND_TRUSTEE_DECISION,
            TASK_TOKENIZE,
            TASK_NOTIFY_ORIGINATOR,
            END_COPYRIGHT_TOKENIZED);
    // the audit trail: who completed which review
    assertThat(
            historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceId(process.getId())
                .list()
                .stream()
                .map(t -> t.getTaskDefinitionKey() + "=" + t.getAssignee())
                .toList())
        .containsExactlyInAnyOrder(
            TASK_COMPLIANCE_REVIEW + "=" + COMPLIANCE,
            TASK_LEGAL_REVIEW + "=" + LEGAL,
            TASK_FIRST_TRUSTEE_APPROVAL + "=" + TRUSTEE_ALICE,
            TASK_SECOND_TRUSTEE_APPROVAL + "=" + TRUSTEE_BOB);
  }

  @Test
  void missingDocumentsGoBackToTheOriginatorAndAreCheckedAgainOnResubmission() {
    steps.missingOnNextChecks(
        List.of(Decisions.DOC_CHAIN_OF_RIGHTS, Decisions.DOC_ROYALTY_HISTORY));

    ProcessInstance process = start();

    assertThat(process).isWaitingAt(TASK_REVISE_SUBMISSION);
    Task rework = support.task(process, TASK_REVISE_SUBMISSION);
    assertThat(rework.getAssignee()).isEqualTo(ORIGINATOR);
    assertThat(taskService.getVariable(rework.getId(), Reviews.VAR_REWORK_COMMENT))
        .isEqualTo(MISSING_DOCUMENTS_COMMENT_PREFIX + "CHAIN_OF_RIGHTS, ROYALTY_HISTORY");

    taskService.complete(rework.getId());

    assertThat(process).isWaitingAt(TASK_COMPLIANCE_REVIEW);
    assertThat(steps.requiredPerCheck()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        TASK_COMPLIANCE_REVIEW,
        TASK_LEGAL_REVIEW,
        TASK_FIRST_TRUSTEE_APPROVAL,
        TASK_SECOND_TRUSTEE_APPROVAL
      })
  void eachReviewCanRejectWithAReasonThatEndsTheProcess(String review) {
    ProcessInstance process = startAndApproveUpTo(review);
    String reason = "Rejected at " + review + " " + UUID.randomUUID();

    decide(process, review, REVIEWER.get(review), REJECT, reason);

    assertThat(process).isEnded().hasPassed(TASK_RECORD_REJECTION, END_COPYRIGHT_REJECTED);
    assertThat(process).hasNotPassed(TASK_TOKENIZE, TASK_REVISE_SUBMISSION);
    assertThat(steps.rejections()).containsExactly(Map.entry(assetId, reason));
    assertThat(support.historicVariable(process, VAR_REJECTION_REASON)).isEqualTo(reason);
    assertThat(steps.issuanceCalls()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    TASK_COMPLIANCE_REVIEW + "," + TASK_COMPLIANCE_REVIEW,
    TASK_LEGAL_REVIEW + "," + TASK_LEGAL_REVIEW,
    TASK_FIRST_TRUSTEE_APPROVAL + "," + TASK_FIRST_TRUSTEE_APPROVAL,
    TASK_SECOND_TRUSTEE_APPROVAL + "," + TASK_FIRST_TRUSTEE_APPROVAL
  })
  void eachReviewCanSendTheCaseBackAndTheResubmissionReturnsToIt(String review, String back) {
    ProcessInstance process = startAndApproveUpTo(review);
    String comment = "Please fix " + UUID.randomUUID();

    decide(process, review, REVIEWER.get(review), SEND_BACK, comment);

    assertThat(process).isWaitingAt(TASK_REVISE_SUBMISSION);
    Task rework = support.task(process, TASK_REVISE_SUBMISSION);
    assertThat(rework.getAssignee()).isEqualTo(ORIGINATOR);
    assertThat(taskService.getVariable(rework.getId(), Reviews.VAR_REWORK_COMMENT))
        .isEqualTo(comment);
    assertThat(taskService.getVariable(rework.getId(), Reviews.VAR_REWORK_RETURN_TO))
        .isEqualTo(back);
    assertThat(
            taskService
                .createTaskQuery()
                .taskAssignee(ORIGINATOR)
                .processInstanceBusinessKey(assetId)
                .count())
        .isEqualTo(1);

    taskService.complete(rework.getId());

    assertThat(process).isWaitingAt(back);
    assertThat(steps.rejections()).isEmpty();
    // the case goes on normally after the rework
    for (int i = REVIEWS.indexOf(back); i < REVIEWS.size(); i++) {
      decide(process, REVIEWS.get(i), REVIEWER.get(REVIEWS.get(i)), APPROVE, "ok");
    }
    support.executeJob(process, TASK_TOKENIZE);
    assertThat(process).isEnded().hasPassed(END_COPYRIGHT_TOKENIZED);
  }

  @Test
  void theFirstApproverCanNeitherClaimNorBeAssignedTheSecondApproval() {
    ProcessInstance process = startAndApproveUpTo(TASK_SECOND_TRUSTEE_APPROVAL);
    Task second = support.task(process, TASK_SECOND_TRUSTEE_APPROVAL);

    assertThatThrownBy(() -> taskService.claim(second.getId(), TRUSTEE_ALICE))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining(TrusteeFourEyesListener.FOUR_EYES_VIOLATION);
    assertThatThrownBy(() -> taskService.setAssignee(second.getId(), TRUSTEE_ALICE))
        .hasMessageContaining(TrusteeFourEyesListener.FOUR_EYES_VIOLATION);

    assertThat(support.task(process, TASK_SECOND_TRUSTEE_APPROVAL).getAssignee()).isNull();
    assertThat(process).isWaitingAt(TASK_SECOND_TRUSTEE_APPROVAL);
    decide(process, TASK_SECOND_TRUSTEE_APPROVAL, TRUSTEE_BOB, APPROVE, "Second pair of eyes");
    assertThat(process).isWaitingAt(TASK_TOKENIZE);
  }

  @Test
  void theSameTrusteeCompletingBothApprovalsFails() {
    ProcessInstance process = startAndApproveUpTo(TASK_SECOND_TRUSTEE_APPROVAL);
    Task second = support.task(process, TASK_SECOND_TRUSTEE_APPROVAL);
    // even if the assignee was set behind the listener's back (e.g. a direct database edit),
    // completion by the first approver is refused
    taskService.claim(second.getId(), TRUSTEE_BOB);
    runtimeService.setVariable(process.getId(), VAR_FIRST_TRUSTEE_APPROVER, TRUSTEE_BOB);

    assertThatThrownBy(
            () -> taskService.complete(second.getId(), decisionVariables(APPROVE, "me again")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining(TrusteeFourEyesListener.FOUR_EYES_VIOLATION);

    assertThat(process).isWaitingAt(TASK_SECOND_TRUSTEE_APPROVAL);
    assertThat(
            managementService.createJobQuery().processInstanceId(process.getId()).timers().count())
        .isEqualTo(1); // only the SLA timer; no tokenization job
  }

  @Test
  void aReviewNeedsAClaimADecisionAndForRejectionsAComment() {
    ProcessInstance process = start();
    decide(process, TASK_COMPLIANCE_REVIEW, COMPLIANCE, APPROVE, "ok");
    Task legal = support.task(process, TASK_LEGAL_REVIEW);

    assertThatThrownBy(() -> taskService.complete(legal.getId(), decisionVariables(APPROVE, "")))
        .hasMessageContaining(ReviewDecisionListener.NOT_CLAIMED);
    taskService.claim(legal.getId(), LEGAL);
    // compliance's APPROVE must not be reused by a completion without a decision
    assertThatThrownBy(() -> taskService.complete(legal.getId()))
        .hasMessageContaining(ReviewDecisionListener.MISSING_DECISION);
    assertThatThrownBy(
            () -> taskService.complete(legal.getId(), Map.of(Reviews.VAR_DECISION, "MAYBE")))
        .hasMessageContaining(ReviewDecisionListener.MISSING_DECISION);
    assertThatThrownBy(() -> taskService.complete(legal.getId(), decisionVariables(REJECT, " ")))
        .hasMessageContaining(ReviewDecisionListener.MISSING_COMMENT);
    assertThatThrownBy(() -> taskService.complete(legal.getId(), decisionVariables(SEND_BACK, "")))
        .hasMessageContaining(ReviewDecisionListener.MISSING_COMMENT);

    assertThat(process).isWaitingAt(TASK_LEGAL_REVIEW);
    assertThat(steps.rejections()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {TASK_COMPLIANCE_REVIEW, TASK_SECOND_TRUSTEE_APPROVAL})
  void anOverdueReviewEscalatesToSeniorTrusteesAndStaysOpen(String review) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));
    ProcessInstance process = startAndApproveUpTo(review, "PT36H");
    support.assertEscalatesAfter36Hours(process, review, assetId, now);
    // the review itself goes on
    decide(process, review, REVIEWER.get(review), REJECT, "Too late anyway");
    assertThat(process).isEnded().hasPassed(END_COPYRIGHT_REJECTED);
  }

  @Test
  void defaultSlaIsTwoDays() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));

    ProcessInstance process = start();

    assertThat(support.task(process, TASK_COMPLIANCE_REVIEW).getDueDate())
        .isEqualTo(Date.from(now.plus(Duration.ofDays(2))));
    assertThat(support.timer(process).getDuedate())
        .isEqualTo(Date.from(now.plus(Duration.ofDays(2))));
  }

  @Test
  void tokenizationFailingThreeTimesRaisesAnIncidentThatARetryResolves() {
    steps.ledgerUnavailable(3);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));
    ProcessInstance process = startAndApproveUpTo(null);
    Job job = support.job(process, TASK_TOKENIZE);
    assertThat(job.getRetries()).isEqualTo(3);

    for (int failure = 1; failure <= 3; failure++) {
      assertThatThrownBy(() -> managementService.executeJob(job.getId()))
          .hasMessageContaining("Ledger unavailable");
      Job failed = support.job(process, TASK_TOKENIZE);
      assertThat(failed.getRetries()).isEqualTo(3 - failure);
      if (failure < 3) {
        assertThat(failed.getDuedate()).isEqualTo(Date.from(now.plusSeconds(30)));
        assertThat(support.incidents(process)).isEmpty();
      }
    }
    List<Incident> incidents = support.incidents(process);
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getActivityId()).isEqualTo(TASK_TOKENIZE);
    assertThat(incidents.get(0).getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(process).isWaitingAt(TASK_TOKENIZE);
    assertThat(steps.notifications()).isEmpty();

    // the ledger is back; an admin retries the job
    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    assertThat(process).isEnded().hasPassed(END_COPYRIGHT_TOKENIZED);
    assertThat(support.incidents(process)).isEmpty();
    assertThat(steps.issuanceCalls()).hasSize(4);
    assertThat(steps.notifications()).hasSize(1);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private ProcessInstance start() {
    return start(Reviews.DEFAULT_REVIEW_SLA);
  }

  private ProcessInstance start(String reviewSla) {
    return runtimeService.startProcessInstanceByKey(
        PROCESS_KEY,
        assetId,
        startVariables(
            assetId,
            ORIGINATOR,
            "HK",
            RiskClass.LOW,
            RoyaltyValuation.DEFAULT_ASSUMPTIONS,
            reviewSla));
  }

  private ProcessInstance startAndApproveUpTo(String review) {
    return startAndApproveUpTo(review, Reviews.DEFAULT_REVIEW_SLA);
  }

  /** Starts and approves every review before {@code review} (all of them if null). */
  private ProcessInstance startAndApproveUpTo(String review, String reviewSla) {
    ProcessInstance process = start(reviewSla);
    for (String each : REVIEWS) {
      if (each.equals(review)) {
        break;
      }
      decide(process, each, REVIEWER.get(each), APPROVE, "ok");
    }
    assertThat(process).isWaitingAt(review == null ? TASK_TOKENIZE : review);
    return process;
  }

  private void decide(
      ProcessInstance process,
      String review,
      String reviewer,
      ReviewDecision decision,
      String comment) {
    support.claimAndComplete(process, review, reviewer, decisionVariables(decision, comment));
  }
}
