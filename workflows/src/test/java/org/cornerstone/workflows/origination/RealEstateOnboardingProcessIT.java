package org.cornerstone.workflows.origination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.*;
import static org.cornerstone.workflows.rules.ReviewDecision.APPROVE;
import static org.cornerstone.workflows.rules.ReviewDecision.REJECT;
import static org.cornerstone.workflows.rules.ReviewDecision.SEND_BACK;
import static org.cornerstone.workflows.rules.Reviews.decisionVariables;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.cornerstone.workflows.rules.Decisions;
import org.cornerstone.workflows.rules.ReviewDecision;
import org.cornerstone.workflows.rules.ReviewDecisionListener;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.rules.RiskClass;
import org.cornerstone.workflows.rules.TrusteeFourEyesListener;
import org.cornerstone.workflows.testing.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the real {@code real-estate-onboarding} model (and its DMN tables) on PostgreSQL. */
@Deployment(
    resources = {
      BPMN_RESOURCE,
      Decisions.REQUIRED_DOCUMENTS_RESOURCE,
      Decisions.TOKENIZATION_CAP_RESOURCE
    })
class RealEstateOnboardingProcessIT {

  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessTestSupport.engineExtension();

  private static final String ORIGINATOR = "originator-olivia";
  private static final String COMPLIANCE = "compliance-carol";
  private static final String VALUER = "valuer-victor";
  private static final String LEGAL = "legal-leo";
  private static final String TRUSTEE_ALICE = "trustee-alice";
  private static final String TRUSTEE_BOB = "trustee-bob";

  private static final BigDecimal APPRAISED_VALUE = new BigDecimal("1250000.00");
  private static final String REPORT_DOCUMENT_ID = "doc-valuation-report-1";

  private static final Map<String, String> REVIEWER =
      Map.of(
          TASK_COMPLIANCE_REVIEW, COMPLIANCE,
          TASK_INDEPENDENT_VALUATION, VALUER,
          TASK_LEGAL_REVIEW, LEGAL,
          TASK_FIRST_TRUSTEE_APPROVAL, TRUSTEE_ALICE,
          TASK_SECOND_TRUSTEE_APPROVAL, TRUSTEE_BOB);

  private RuntimeService runtimeService;
  private TaskService taskService;
  private ManagementService managementService;
  private HistoryService historyService;
  private RepositoryService repositoryService;
  private ProcessTestSupport support;
  private FakeOnboardingSteps steps;
  private String assetId;

  @BeforeEach
  void wireDelegates() {
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    managementService = engine.getManagementService();
    historyService = engine.getHistoryService();
    repositoryService = engine.getRepositoryService();
    support = new ProcessTestSupport(engine.getProcessEngine());
    steps = new FakeOnboardingSteps();
    RealEstateWiring.registerMocks(steps);
    assetId = "real-estate-" + UUID.randomUUID();
  }

  @AfterEach
  void reset() {
    ProcessTestSupport.resetMocksAndClock();
  }

  @Test
  void happyPathValuesCapsApprovesTokenizesAndNotifiesTheOriginator() {
    ProcessInstance process =
        runtimeService.startProcessInstanceByKey(
            PROCESS_KEY,
            assetId,
            startVariables(assetId, ORIGINATOR, "CN-SH", RiskClass.MEDIUM, "P2D"));

    assertThat(process).isWaitingAt(TASK_COMPLIANCE_REVIEW);
    assertThat(steps.requiredPerCheck())
        .containsExactly(
            List.of(
                Decisions.DOC_TITLE_DEED,
                Decisions.DOC_APPRAISAL_REPORT,
                Decisions.DOC_INSURANCE_CERTIFICATE));
    decide(process, TASK_COMPLIANCE_REVIEW, COMPLIANCE, APPROVE, "KYC/AML clear");

    assertThat(process).isWaitingAt(TASK_INDEPENDENT_VALUATION);
    assertThat(steps.valuations()).isEmpty();
    support.claimAndComplete(
        process,
        TASK_INDEPENDENT_VALUATION,
        VALUER,
        valuationVariables(APPRAISED_VALUE, REPORT_DOCUMENT_ID, "Comparable sales, 2025 Q4"));

    // MEDIUM real estate: 60 % of the appraised value
    assertThat(process).isWaitingAt(TASK_LEGAL_REVIEW);
    assertThat(steps.valuations())
        .containsExactly(new FakeOnboardingSteps.RecordedValuation(assetId, APPRAISED_VALUE, 6000));
    assertThat(process)
        .variables()
        .containsEntry(VAR_APPRAISED_VALUE, "1250000.00")
        .containsEntry(VAR_VALUATION_REPORT_DOCUMENT_ID, REPORT_DOCUMENT_ID)
        .containsEntry(VAR_LOAN_TO_VALUE_BPS, 6000)
        .containsEntry(VAR_TOKENIZATION_CAP, "750000.00");

    decide(process, TASK_LEGAL_REVIEW, LEGAL, APPROVE, "Clean title, no encumbrances");
    decide(process, TASK_FIRST_TRUSTEE_APPROVAL, TRUSTEE_ALICE, APPROVE, "");
    decide(process, TASK_SECOND_TRUSTEE_APPROVAL, TRUSTEE_BOB, APPROVE, null);

    // tokenization is asynchronous: the second trustee's transaction ends before the ledger call
    assertThat(process).isWaitingAt(TASK_TOKENIZE);
    assertThat(steps.issuanceCalls()).isEmpty();
    support.executeJob(process, TASK_TOKENIZE);

    assertThat(process).isEnded().hasPassed(END_REAL_ESTATE_TOKENIZED);
    String transaction = steps.ledger().get(assetId);
    assertThat(steps.issuedCaps().get(assetId)).isEqualByComparingTo("750000.00");
    assertThat(steps.notifications())
        .containsExactly(assetId + "|" + ORIGINATOR + "|" + transaction);
    assertThat(steps.rejections()).isEmpty();
    assertThat(support.historicVariable(process, VAR_LEDGER_TRANSACTION_ID)).isEqualTo(transaction);
    assertThat(support.historicVariable(process, VAR_FIRST_TRUSTEE_APPROVER))
        .isEqualTo(TRUSTEE_ALICE);
    assertThat(support.historicActivities(process))
        .containsExactly(
            START_REAL_ESTATE_SUBMITTED,
            GATEWAY_TO_DETERMINE_REQUIRED_DOCUMENTS,
            TASK_DETERMINE_REQUIRED_DOCUMENTS,
            TASK_CHECK_DOCUMENT_COMPLETENESS,
            GATEWAY_DOCUMENTS_COMPLETE,
            GATEWAY_TO_COMPLIANCE_REVIEW,
            TASK_COMPLIANCE_REVIEW,
            GATEWAY_COMPLIANCE_DECISION,
            GATEWAY_TO_INDEPENDENT_VALUATION,
            TASK_INDEPENDENT_VALUATION,
            GATEWAY_VALUATION_DECISION,
            TASK_DETERMINE_TOKENIZATION_CAP,
            TASK_RECORD_VALUATION,
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
            END_REAL_ESTATE_TOKENIZED);
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
            TASK_INDEPENDENT_VALUATION + "=" + VALUER,
            TASK_LEGAL_REVIEW + "=" + LEGAL,
            TASK_FIRST_TRUSTEE_APPROVAL + "=" + TRUSTEE_ALICE,
            TASK_SECOND_TRUSTEE_APPROVAL + "=" + TRUSTEE_BOB);
  }

  @ParameterizedTest
  @CsvSource({"LOW, 7000, 875000.00", "MEDIUM, 6000, 750000.00", "HIGH, 5000, 625000.00"})
  void theCapIsTheAppraisedValueTimesTheRiskClassesLoanToValue(
      RiskClass riskClass, int loanToValueBps, String cap) {
    ProcessInstance process =
        runtimeService.startProcessInstanceByKey(
            PROCESS_KEY, assetId, startVariables(assetId, ORIGINATOR, "SG", riskClass));
    approveUpTo(process, TASK_LEGAL_REVIEW);

    assertThat(steps.valuations())
        .containsExactly(
            new FakeOnboardingSteps.RecordedValuation(assetId, APPRAISED_VALUE, loanToValueBps));
    assertThat(process)
        .variables()
        .containsEntry(VAR_LOAN_TO_VALUE_BPS, loanToValueBps)
        .containsEntry(VAR_TOKENIZATION_CAP, cap);

    approveUpTo(process, null);
    support.executeJob(process, TASK_TOKENIZE);
    assertThat(steps.issuedCaps().get(assetId)).isEqualByComparingTo(cap);
  }

  @Test
  void missingDocumentsGoBackToTheOriginatorAndAreCheckedAgainOnResubmission() {
    steps.missingOnNextCheck(List.of(Decisions.DOC_LAND_SEARCH));

    ProcessInstance process = start(); // HK: title deed, appraisal report, land search

    assertThat(process).isWaitingAt(TASK_REVISE_SUBMISSION);
    Task rework = support.task(process, TASK_REVISE_SUBMISSION);
    assertThat(rework.getAssignee()).isEqualTo(ORIGINATOR);
    assertThat(taskService.getVariable(rework.getId(), Reviews.VAR_REWORK_COMMENT))
        .isEqualTo(MISSING_DOCUMENTS_COMMENT_PREFIX + Decisions.DOC_LAND_SEARCH);
    assertThat(taskService.getVariable(rework.getId(), Reviews.VAR_REWORK_RETURN_TO))
        .isEqualTo(TASK_DETERMINE_REQUIRED_DOCUMENTS);
    assertThat(taskService.getVariable(rework.getId(), VAR_DOCUMENTS_COMPLETE)).isEqualTo(false);

    taskService.complete(rework.getId());

    assertThat(process).isWaitingAt(TASK_COMPLIANCE_REVIEW);
    List<String> required =
        List.of(
            Decisions.DOC_TITLE_DEED, Decisions.DOC_APPRAISAL_REPORT, Decisions.DOC_LAND_SEARCH);
    assertThat(steps.requiredPerCheck()).containsExactly(required, required);
    assertThat(process).variables().containsEntry(VAR_DOCUMENTS_COMPLETE, true);
    assertThat(steps.rejections()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        TASK_COMPLIANCE_REVIEW,
        TASK_INDEPENDENT_VALUATION,
        TASK_LEGAL_REVIEW,
        TASK_FIRST_TRUSTEE_APPROVAL,
        TASK_SECOND_TRUSTEE_APPROVAL
      })
  void eachReviewCanRejectWithAReasonThatEndsTheProcess(String review) {
    ProcessInstance process = startAndApproveUpTo(review);
    String reason = "Rejected at " + review + " " + UUID.randomUUID();

    decide(process, review, REVIEWER.get(review), REJECT, reason);

    assertThat(process).isEnded().hasPassed(TASK_RECORD_REJECTION, END_REAL_ESTATE_REJECTED);
    assertThat(process).hasNotPassed(TASK_TOKENIZE, TASK_REVISE_SUBMISSION);
    assertThat(steps.rejections()).containsExactly(Map.entry(assetId, reason));
    assertThat(support.historicVariable(process, VAR_REJECTION_REASON)).isEqualTo(reason);
    assertThat(steps.issuanceCalls()).isEmpty();
    assertThat(steps.notifications()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    TASK_COMPLIANCE_REVIEW + "," + TASK_COMPLIANCE_REVIEW,
    TASK_INDEPENDENT_VALUATION + "," + TASK_INDEPENDENT_VALUATION,
    TASK_LEGAL_REVIEW + "," + TASK_LEGAL_REVIEW,
    TASK_FIRST_TRUSTEE_APPROVAL + "," + TASK_FIRST_TRUSTEE_APPROVAL,
    // a send-back from the second approval restarts both approvals (as in copyright)
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
    // the case goes on normally after the rework; the valuation is recorded once
    approveUpTo(process, null);
    support.executeJob(process, TASK_TOKENIZE);
    assertThat(process).isEnded().hasPassed(END_REAL_ESTATE_TOKENIZED);
    assertThat(steps.valuations()).hasSize(1);
    assertThat(steps.issuanceCalls()).containsExactly(assetId);
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
    assertThat(support.job(process, TASK_TOKENIZE)).isNull();
  }

  static Stream<Arguments> invalidAppraisedValues() {
    return Stream.of(
        Arguments.of(null, IndependentValuationListener.MISSING_APPRAISED_VALUE),
        Arguments.of(" ", IndependentValuationListener.MISSING_APPRAISED_VALUE),
        Arguments.of("one million", IndependentValuationListener.INVALID_APPRAISED_VALUE),
        Arguments.of("1,250,000.00", IndependentValuationListener.INVALID_APPRAISED_VALUE),
        Arguments.of("0", IndependentValuationListener.INVALID_APPRAISED_VALUE),
        Arguments.of("0.00", IndependentValuationListener.INVALID_APPRAISED_VALUE),
        Arguments.of("-1250000.00", IndependentValuationListener.INVALID_APPRAISED_VALUE),
        Arguments.of(1250000, IndependentValuationListener.INVALID_APPRAISED_VALUE));
  }

  @ParameterizedTest
  @MethodSource("invalidAppraisedValues")
  void anApprovedValuationWithoutAValidAppraisedValueIsRefused(Object value, String message) {
    ProcessInstance process = startAndApproveUpTo(TASK_INDEPENDENT_VALUATION);
    Task valuation = support.task(process, TASK_INDEPENDENT_VALUATION);
    taskService.claim(valuation.getId(), VALUER);
    Map<String, Object> variables = new HashMap<>(decisionVariables(APPROVE, "Looks fine"));
    if (value != null) {
      variables.put(VAR_APPRAISED_VALUE, value);
    }

    assertThatThrownBy(() -> taskService.complete(valuation.getId(), variables))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining(message);

    assertThat(process).isWaitingAt(TASK_INDEPENDENT_VALUATION);
    assertThat(support.task(process, TASK_INDEPENDENT_VALUATION).getId())
        .isEqualTo(valuation.getId());
    assertThat(runtimeService.getVariable(process.getId(), VAR_APPRAISED_VALUE)).isNull();
    assertThat(steps.valuations()).isEmpty();
    // with a valid figure the same valuer completes it
    taskService.complete(
        valuation.getId(), valuationVariables(new BigDecimal("980000.5"), null, "Looks fine"));
    assertThat(process).isWaitingAt(TASK_LEGAL_REVIEW);
    assertThat(steps.valuations())
        .containsExactly(
            new FakeOnboardingSteps.RecordedValuation(assetId, new BigDecimal("980000.5"), 7000));
    assertThat(process).variables().containsEntry(VAR_TOKENIZATION_CAP, "686000.35");
  }

  @Test
  void aValuationReportThatIsNotADocumentIdIsRefused() {
    ProcessInstance process = startAndApproveUpTo(TASK_INDEPENDENT_VALUATION);
    Task valuation = support.task(process, TASK_INDEPENDENT_VALUATION);
    taskService.claim(valuation.getId(), VALUER);
    Map<String, Object> variables = valuationVariables(APPRAISED_VALUE, null, "ok");
    variables.put(VAR_VALUATION_REPORT_DOCUMENT_ID, 42);

    assertThatThrownBy(() -> taskService.complete(valuation.getId(), variables))
        .hasMessageContaining(IndependentValuationListener.INVALID_REPORT_DOCUMENT_ID);
    assertThat(process).isWaitingAt(TASK_INDEPENDENT_VALUATION);
  }

  @Test
  void figuresGivenWithASendBackCannotBeReusedByTheNextApproval() {
    ProcessInstance process = startAndApproveUpTo(TASK_INDEPENDENT_VALUATION);
    Map<String, Object> sendBack =
        new HashMap<>(decisionVariables(SEND_BACK, "Floor plan missing"));
    sendBack.put(VAR_APPRAISED_VALUE, "900000.00");
    support.claimAndComplete(process, TASK_INDEPENDENT_VALUATION, VALUER, sendBack);
    taskService.complete(support.task(process, TASK_REVISE_SUBMISSION).getId());

    assertThat(process).isWaitingAt(TASK_INDEPENDENT_VALUATION);
    assertThat(runtimeService.getVariable(process.getId(), VAR_APPRAISED_VALUE)).isNull();
    Task valuation = support.task(process, TASK_INDEPENDENT_VALUATION);
    taskService.claim(valuation.getId(), VALUER);
    assertThatThrownBy(
            () -> taskService.complete(valuation.getId(), decisionVariables(APPROVE, "ok")))
        .hasMessageContaining(IndependentValuationListener.MISSING_APPRAISED_VALUE);
  }

  @Test
  void aReviewNeedsAClaimADecisionAndForRejectionsAndSendBacksAComment() {
    ProcessInstance process = startAndApproveUpTo(TASK_LEGAL_REVIEW);
    Task legal = support.task(process, TASK_LEGAL_REVIEW);

    assertThatThrownBy(() -> taskService.complete(legal.getId(), decisionVariables(APPROVE, "")))
        .hasMessageContaining(ReviewDecisionListener.NOT_CLAIMED);
    taskService.claim(legal.getId(), LEGAL);
    // the valuer's APPROVE must not be reused by a completion without a decision
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
    decide(process, TASK_LEGAL_REVIEW, LEGAL, APPROVE, "");
    assertThat(support.historicVariable(process, Reviews.VAR_REVIEWED_BY)).isEqualTo(LEGAL);
  }

  @Test
  void theValuationNeedsAClaimToo() {
    ProcessInstance process = startAndApproveUpTo(TASK_INDEPENDENT_VALUATION);
    Task valuation = support.task(process, TASK_INDEPENDENT_VALUATION);

    assertThatThrownBy(
            () ->
                taskService.complete(
                    valuation.getId(), valuationVariables(APPRAISED_VALUE, null, "ok")))
        .hasMessageContaining(ReviewDecisionListener.NOT_CLAIMED);
    assertThat(steps.valuations()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        TASK_COMPLIANCE_REVIEW,
        TASK_INDEPENDENT_VALUATION,
        TASK_LEGAL_REVIEW,
        TASK_FIRST_TRUSTEE_APPROVAL,
        TASK_SECOND_TRUSTEE_APPROVAL
      })
  void anOverdueReviewEscalatesToSeniorTrusteesAndStaysOpen(String review) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));
    ProcessInstance process = startAndApproveUpTo(review, "PT36H");
    support.assertEscalatesAfter36Hours(process, review, assetId, now);
    // the review itself goes on
    decide(process, review, REVIEWER.get(review), REJECT, "Too late anyway");
    assertThat(process).isEnded().hasPassed(END_REAL_ESTATE_REJECTED);
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
  void reviewsGoToTheirGroupsAndTheBusinessKeyIsTheAssetId() {
    ProcessInstance process = startAndApproveUpTo(TASK_INDEPENDENT_VALUATION);

    assertThat(process).hasBusinessKey(assetId);
    Task valuation =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(assetId)
            .taskCandidateGroup(GROUP_VALUER)
            .singleResult();
    assertThat(valuation.getTaskDefinitionKey()).isEqualTo(TASK_INDEPENDENT_VALUATION);
    assertThat(valuation.getName()).isEqualTo("Independent valuation");
    for (String other : List.of(GROUP_COMPLIANCE, GROUP_LEGAL, GROUP_TRUSTEE)) {
      assertThat(
              taskService
                  .createTaskQuery()
                  .processInstanceBusinessKey(assetId)
                  .taskCandidateGroup(other)
                  .count())
          .as(other)
          .isZero();
    }
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
      assertThat(failed.getExceptionMessage()).contains("Ledger unavailable");
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
    assertThat(steps.ledger()).isEmpty();
    assertThat(steps.notifications()).isEmpty();

    // the ledger is back; an admin retries the job
    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    assertThat(process).isEnded().hasPassed(END_REAL_ESTATE_TOKENIZED);
    assertThat(support.incidents(process)).isEmpty();
    assertThat(steps.issuanceCalls()).hasSize(4);
    assertThat(steps.notifications()).hasSize(1);
    assertThat(support.historicVariable(process, VAR_LEDGER_TRANSACTION_ID))
        .isEqualTo(steps.ledger().get(assetId));
  }

  @Test
  void aRetryAfterALostLedgerReplyKeepsTheFirstTransaction() {
    steps.replyLostAfterLedgerCommit(1);
    ProcessInstance process = startAndApproveUpTo(null);
    Job job = support.job(process, TASK_TOKENIZE);

    assertThatThrownBy(() -> managementService.executeJob(job.getId()))
        .hasMessageContaining("Ledger reply lost");
    String firstTransaction = steps.ledger().get(assetId);
    assertThat(firstTransaction).isNotNull();
    managementService.executeJob(job.getId());

    assertThat(process).isEnded().hasPassed(END_REAL_ESTATE_TOKENIZED);
    assertThat(steps.issuanceCalls()).containsExactly(assetId, assetId);
    assertThat(steps.ledger()).containsExactly(Map.entry(assetId, firstTransaction));
    assertThat(support.historicVariable(process, VAR_LEDGER_TRANSACTION_ID))
        .isEqualTo(firstTransaction);
  }

  @Test
  void aRunningInstanceKeepsItsVersionWhenAChangedModelIsDeployed() throws Exception {
    ProcessInstance running = startAndApproveUpTo(TASK_INDEPENDENT_VALUATION);
    ProcessDefinition v1 = repositoryService.getProcessDefinition(running.getProcessDefinitionId());
    String v1LegalName = "Legal and title review";
    String v2LegalName = "Legal, title and zoning review";

    BpmnModelInstance changed;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(BPMN_RESOURCE)) {
      changed = Bpmn.readModelFromStream(in);
    }
    UserTask legal = changed.getModelElementById(TASK_LEGAL_REVIEW);
    assertThat(legal.getName()).isEqualTo(v1LegalName);
    legal.setName(v2LegalName);
    String v2Deployment =
        repositoryService
            .createDeployment()
            .name(PROCESS_KEY + " v2")
            .addModelInstance(BPMN_RESOURCE, changed)
            .deploy()
            .getId();
    try {
      ProcessDefinition v2 =
          repositoryService
              .createProcessDefinitionQuery()
              .processDefinitionKey(PROCESS_KEY)
              .latestVersion()
              .singleResult();
      assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
      assertThat(v2.getDeploymentId()).isEqualTo(v2Deployment);

      // the running instance goes on on version 1
      approveUpTo(running, TASK_LEGAL_REVIEW);
      assertThat(support.task(running, TASK_LEGAL_REVIEW).getName()).isEqualTo(v1LegalName);
      assertThat(support.task(running, TASK_LEGAL_REVIEW).getProcessDefinitionId())
          .isEqualTo(v1.getId());

      // a new instance starts on version 2
      String secondAsset = "real-estate-" + UUID.randomUUID();
      ProcessInstance fresh =
          runtimeService.startProcessInstanceByKey(
              PROCESS_KEY,
              secondAsset,
              startVariables(secondAsset, ORIGINATOR, "HK", RiskClass.LOW));
      assertThat(fresh.getProcessDefinitionId()).isEqualTo(v2.getId());
      approveUpTo(fresh, TASK_LEGAL_REVIEW);
      assertThat(support.task(fresh, TASK_LEGAL_REVIEW).getName()).isEqualTo(v2LegalName);

      // both complete, each on its own version
      for (ProcessInstance process : List.of(running, fresh)) {
        approveUpTo(process, null);
        support.executeJob(process, TASK_TOKENIZE);
        assertThat(process).isEnded().hasPassed(END_REAL_ESTATE_TOKENIZED);
      }
      HistoricProcessInstance oldHistory =
          historyService
              .createHistoricProcessInstanceQuery()
              .processInstanceId(running.getId())
              .singleResult();
      assertThat(oldHistory.getProcessDefinitionVersion()).isEqualTo(v1.getVersion());
      assertThat(oldHistory.getEndActivityId()).isEqualTo(END_REAL_ESTATE_TOKENIZED);
      assertThat(
              historyService
                  .createHistoricProcessInstanceQuery()
                  .processInstanceId(fresh.getId())
                  .singleResult()
                  .getProcessDefinitionVersion())
          .isEqualTo(v2.getVersion());
      assertThat(steps.ledger()).containsOnlyKeys(assetId, secondAsset);
    } finally {
      repositoryService.deleteDeployment(v2Deployment, true);
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private ProcessInstance start() {
    return start(Reviews.DEFAULT_REVIEW_SLA);
  }

  private ProcessInstance start(String reviewSla) {
    return runtimeService.startProcessInstanceByKey(
        PROCESS_KEY, assetId, startVariables(assetId, ORIGINATOR, "HK", RiskClass.LOW, reviewSla));
  }

  private ProcessInstance startAndApproveUpTo(String review) {
    return startAndApproveUpTo(review, Reviews.DEFAULT_REVIEW_SLA);
  }

  /** Starts and approves every review before {@code review} (all of them if null). */
  private ProcessInstance startAndApproveUpTo(String review, String reviewSla) {
    ProcessInstance process = start(reviewSla);
    approveUpTo(process, review);
    return process;
  }

  /**
   * Approves the open review and every one after it up to {@code review} (exclusive; all of them if
   * null), the valuer with {@link #APPRAISED_VALUE}.
   */
  private void approveUpTo(ProcessInstance process, String review) {
    for (String each : REVIEW_TASKS) {
      if (each.equals(review)) {
        break;
      }
      if (support.task(process, each) == null) {
        continue; // passed before a rework that returned to a later review
      }
      Map<String, Object> variables =
          each.equals(TASK_INDEPENDENT_VALUATION)
              ? valuationVariables(APPRAISED_VALUE, REPORT_DOCUMENT_ID, "ok")
              : decisionVariables(APPROVE, "ok");
      support.claimAndComplete(process, each, REVIEWER.get(each), variables);
    }
    assertThat(process).isWaitingAt(review == null ? TASK_TOKENIZE : review);
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
