package org.cornerstone.workflows.investor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.cornerstone.workflows.investor.InvestorOnboarding.*;
import static org.cornerstone.workflows.rules.ReviewDecision.APPROVE;
import static org.cornerstone.workflows.rules.ReviewDecision.REJECT;
import static org.cornerstone.workflows.rules.ReviewDecision.SEND_BACK;
import static org.cornerstone.workflows.rules.Reviews.decisionVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.cornerstone.workflows.rules.EscalateOverdueReviewListener;
import org.cornerstone.workflows.rules.ReviewDecision;
import org.cornerstone.workflows.rules.ReviewDecisionListener;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.testing.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the real {@code investor-onboarding} model on PostgreSQL, every path. */
@Deployment(resources = BPMN_RESOURCE)
class InvestorOnboardingProcessIT {

  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessTestSupport.engineExtension();

  private static final String INVESTOR_USER = "investor-ivan";
  private static final String COMPLIANCE = "compliance-carol";

  private RuntimeService runtimeService;
  private TaskService taskService;
  private ManagementService managementService;
  private ProcessTestSupport support;
  private FakeInvestorOnboardingSteps steps;
  private String investorId;

  @BeforeEach
  void wireDelegates() {
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    managementService = engine.getManagementService();
    support = new ProcessTestSupport(engine.getProcessEngine());
    steps = new FakeInvestorOnboardingSteps();
    Mocks.register(BEAN_RECORD_ELIGIBILITY, new RecordEligibilityDelegate(steps));
    Mocks.register(BEAN_RECORD_REJECTION, new RecordInvestorRejectionDelegate(steps));
    Mocks.register(BEAN_PROFILE_GUARD, new InvestorProfileListener());
    Mocks.register(Reviews.BEAN_REVIEW_DECISION_GUARD, new ReviewDecisionListener());
    Mocks.register(Reviews.BEAN_ESCALATE_OVERDUE_REVIEW, new EscalateOverdueReviewListener());
    investorId = "investor-" + UUID.randomUUID();
  }

  @AfterEach
  void reset() {
    ProcessTestSupport.resetMocksAndClock();
  }

  @Test
  void approvedInvestorBecomesEligibleForTheRegistrar() {
    ProcessInstance process = start();
    assertThat(process).isWaitingAt(TASK_SUBMIT_INVESTOR_PROFILE);
    assertThat(support.task(process, TASK_SUBMIT_INVESTOR_PROFILE).getAssignee())
        .isEqualTo(INVESTOR_USER);

    submitProfile(process, "SG", InvestorCategory.QUALIFIED);
    assertThat(process).isWaitingAt(TASK_COMPLIANCE_REVIEW);
    assertThat(
            taskService
                .createTaskQuery()
                .taskCandidateGroup(GROUP_COMPLIANCE)
                .processInstanceBusinessKey(investorId)
                .count())
        .isEqualTo(1);
    review(process, APPROVE, "Passport and proof of address verified");

    assertThat(process)
        .isEnded()
        .hasPassed(TASK_RECORD_ELIGIBILITY, END_INVESTOR_ELIGIBLE)
        .hasNotPassed(END_INVESTOR_REJECTED);
    assertThat(steps.eligibility()).containsExactly(Map.entry(investorId, "SG/QUALIFIED"));
    assertThat(steps.rejections()).isEmpty();
  }

  @Test
  void rejectedInvestorIsRecordedWithTheReason() {
    ProcessInstance process = start();
    submitProfile(process, "HK", InvestorCategory.RETAIL);
    String reason = "Sanctions list match " + UUID.randomUUID();

    review(process, REJECT, reason);

    assertThat(process).isEnded().hasPassed(TASK_RECORD_REJECTION, END_INVESTOR_REJECTED);
    assertThat(steps.rejections()).containsExactly(Map.entry(investorId, reason));
    assertThat(steps.eligibility()).isEmpty();
  }

  @Test
  void complianceCanAskForMoreDocumentsAndTheInvestorResubmits() {
    ProcessInstance process = start();
    submitProfile(process, "CN", InvestorCategory.INSTITUTIONAL);

    review(process, SEND_BACK, "Please upload the certificate of incorporation");

    assertThat(process).isWaitingAt(TASK_SUBMIT_INVESTOR_PROFILE);
    Task rework = support.task(process, TASK_SUBMIT_INVESTOR_PROFILE);
    assertThat(rework.getAssignee()).isEqualTo(INVESTOR_USER);
    assertThat(taskService.getVariable(rework.getId(), Reviews.VAR_REWORK_COMMENT))
        .isEqualTo("Please upload the certificate of incorporation");
    submitProfile(process, "CN", InvestorCategory.INSTITUTIONAL);
    review(process, APPROVE, "");

    assertThat(process).isEnded().hasPassed(END_INVESTOR_ELIGIBLE);
    assertThat(steps.eligibility()).containsExactly(Map.entry(investorId, "CN/INSTITUTIONAL"));
  }

  @Test
  void aProfileNeedsAValidCountryAndCategory() {
    ProcessInstance process = start();
    Task profile = support.task(process, TASK_SUBMIT_INVESTOR_PROFILE);

    assertThatThrownBy(
            () ->
                taskService.complete(
                    profile.getId(), profileVariables("Hong Kong", InvestorCategory.RETAIL)))
        .hasMessageContaining(InvestorProfileListener.BAD_COUNTRY);
    assertThatThrownBy(
            () ->
                taskService.complete(
                    profile.getId(),
                    Map.of(VAR_COUNTRY, "HK", VAR_INVESTOR_CATEGORY, "PROFESSIONAL")))
        .hasMessageContaining(InvestorProfileListener.BAD_CATEGORY);

    assertThat(process).isWaitingAt(TASK_SUBMIT_INVESTOR_PROFILE);
  }

  @Test
  void rejectionWithoutAReasonIsRefused() {
    ProcessInstance process = start();
    submitProfile(process, "HK", InvestorCategory.RETAIL);
    Task task = support.task(process, TASK_COMPLIANCE_REVIEW);
    taskService.claim(task.getId(), COMPLIANCE);

    assertThatThrownBy(() -> taskService.complete(task.getId(), decisionVariables(REJECT, "")))
        .hasMessageContaining(ReviewDecisionListener.MISSING_COMMENT);

    assertThat(process).isWaitingAt(TASK_COMPLIANCE_REVIEW);
  }

  @Test
  void anOverdueReviewEscalatesToSeniorTrustees() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));
    ProcessInstance process =
        runtimeService.startProcessInstanceByKey(
            PROCESS_KEY, investorId, startVariables(investorId, INVESTOR_USER, "P1D"));
    submitProfile(process, "SG", InvestorCategory.RETAIL);
    Task task = support.task(process, TASK_COMPLIANCE_REVIEW);
    assertThat(task.getDueDate()).isEqualTo(Date.from(now.plus(Duration.ofDays(1))));

    ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofDays(1)).plusSeconds(1)));
    Job timer = support.timer(process);
    managementService.executeJob(timer.getId());

    assertThat(process)
        .isWaitingAt(TASK_COMPLIANCE_REVIEW)
        .hasPassed(END_COMPLIANCE_REVIEW_ESCALATED);
    assertThat(taskService.getVariableLocal(task.getId(), Reviews.VAR_OVERDUE)).isEqualTo(true);
    assertThat(
            taskService
                .createTaskQuery()
                .taskId(task.getId())
                .taskCandidateGroup(Reviews.GROUP_SENIOR_TRUSTEE)
                .count())
        .isEqualTo(1);
    assertThat(
            taskService
                .createTaskQuery()
                .taskId(task.getId())
                .taskCandidateGroup(GROUP_COMPLIANCE)
                .count())
        .isEqualTo(1);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private ProcessInstance start() {
    return runtimeService.startProcessInstanceByKey(
        PROCESS_KEY, investorId, startVariables(investorId, INVESTOR_USER));
  }

  private void submitProfile(ProcessInstance process, String country, InvestorCategory category) {
    taskService.complete(
        support.task(process, TASK_SUBMIT_INVESTOR_PROFILE).getId(),
        profileVariables(country, category));
  }

  private void review(ProcessInstance process, ReviewDecision decision, String comment) {
    support.claimAndComplete(
        process, TASK_COMPLIANCE_REVIEW, COMPLIANCE, decisionVariables(decision, comment));
  }
}
