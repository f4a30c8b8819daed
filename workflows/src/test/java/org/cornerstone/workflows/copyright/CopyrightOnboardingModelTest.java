package org.cornerstone.workflows.copyright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.workflows.copyright.CopyrightOnboarding.*;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.cornerstone.workflows.rules.Decisions;
import org.cornerstone.workflows.rules.EscalateOverdueReviewListener;
import org.cornerstone.workflows.rules.ModelChecks;
import org.cornerstone.workflows.rules.ReviewDecisionListener;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.rules.TrusteeFourEyesListener;
import org.cornerstone.workflows.testing.ModelInspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model file, its constants and its delegates agree (no engine needed). */
class CopyrightOnboardingModelTest {

  private static BpmnModelInstance model;

  @BeforeAll
  static void readModel() throws Exception {
    model = ModelChecks.read(BPMN_RESOURCE);
  }

  @Test
  void flowsMergeOnlyInGateways() {
    ModelChecks.onlyGatewaysJoin(model);
  }

  @Test
  void processKeyIsTheFileNameAndEveryNodeHasAConstantAndDiagramInterchange() throws Exception {
    ModelChecks.processKeyIsTheFileName(model, PROCESS_KEY, BPMN_RESOURCE);
    ModelChecks.elementIdConstantsMatchTheModel(model, CopyrightOnboarding.class);
    ModelChecks.everyElementHasDiagramInterchange(model);
    ModelChecks.diagramHasNoOverlaps(model);
  }

  @Test
  void everyReviewIsGuardedAndTheTrusteeApprovalsHaveFourEyes() {
    Map.of(
            TASK_COMPLIANCE_REVIEW, GROUP_COMPLIANCE,
            TASK_LEGAL_REVIEW, GROUP_LEGAL,
            TASK_FIRST_TRUSTEE_APPROVAL, GROUP_TRUSTEE,
            TASK_SECOND_TRUSTEE_APPROVAL, GROUP_TRUSTEE)
        .forEach((review, group) -> ModelChecks.isGuardedReview(model, review, group));
    ModelChecks.trusteeApprovalsHaveFourEyes(model);
  }

  @Test
  void serviceTasksCallCleanDelegatesAndOnlyTokenizationIsAsyncWithThreeRetries() {
    ModelChecks.isCleanDelegate(
        CheckCopyrightDocumentsDelegate.class,
        BEAN_CHECK_DOCUMENTS,
        CopyrightOnboardingSteps.class);
    ModelChecks.isCleanDelegate(
        ValueRoyaltiesDelegate.class, BEAN_VALUE_ROYALTIES, CopyrightOnboardingSteps.class);
    ModelChecks.isCleanDelegate(
        IssueCopyrightTokensDelegate.class, BEAN_ISSUE_TOKENS, CopyrightOnboardingSteps.class);
    ModelChecks.isCleanDelegate(
        NotifyOriginatorDelegate.class, BEAN_NOTIFY_ORIGINATOR, CopyrightOnboardingSteps.class);
    ModelChecks.isCleanDelegate(
        RecordCopyrightRejectionDelegate.class,
        BEAN_RECORD_REJECTION,
        CopyrightOnboardingSteps.class);
    ModelChecks.isCleanDelegate(
        TrusteeFourEyesListener.class, Reviews.BEAN_TRUSTEE_FOUR_EYES, null);
    ModelChecks.isCleanDelegate(
        ReviewDecisionListener.class, Reviews.BEAN_REVIEW_DECISION_GUARD, null);
    ModelChecks.isCleanDelegate(
        EscalateOverdueReviewListener.class, Reviews.BEAN_ESCALATE_OVERDUE_REVIEW, null);

    assertThat(ModelInspection.delegateExpressionsByServiceTask(model))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TASK_CHECK_DOCUMENT_COMPLETENESS, "${" + BEAN_CHECK_DOCUMENTS + "}",
                TASK_VALUE_ROYALTIES, "${" + BEAN_VALUE_ROYALTIES + "}",
                TASK_TOKENIZE, "${" + BEAN_ISSUE_TOKENS + "}",
                TASK_NOTIFY_ORIGINATOR, "${" + BEAN_NOTIFY_ORIGINATOR + "}",
                TASK_RECORD_REJECTION, "${" + BEAN_RECORD_REJECTION + "}"));
    ModelInspection.onlyServiceTaskIsAsyncWithRetryCycle(model, TASK_TOKENIZE, "R3/PT30S");
  }

  @Test
  void businessRuleTasksCallTheDecisionTables() {
    BusinessRuleTask documents = model.getModelElementById(TASK_DETERMINE_REQUIRED_DOCUMENTS);
    assertThat(documents.getCamundaDecisionRef()).isEqualTo(Decisions.REQUIRED_DOCUMENTS);
    assertThat(documents.getCamundaResultVariable()).isEqualTo(VAR_REQUIRED_DOCUMENTS);
    assertThat(documents.getCamundaMapDecisionResult()).isEqualTo("collectEntries");
    BusinessRuleTask cap = model.getModelElementById(TASK_DETERMINE_TOKENIZATION_CAP);
    assertThat(cap.getCamundaDecisionRef()).isEqualTo(Decisions.TOKENIZATION_CAP);
    assertThat(cap.getCamundaResultVariable()).isEqualTo(VAR_LOAN_TO_VALUE_BPS);
    assertThat(cap.getCamundaMapDecisionResult()).isEqualTo("singleEntry");
  }

  @Test
  void reviewTasksGoToTheirGroupsWithAnSlaTimerThatDoesNotInterrupt() {
    Map<String, String> groups =
        Map.of(
            TASK_COMPLIANCE_REVIEW, GROUP_COMPLIANCE,
            TASK_LEGAL_REVIEW, GROUP_LEGAL,
            TASK_FIRST_TRUSTEE_APPROVAL, GROUP_TRUSTEE,
            TASK_SECOND_TRUSTEE_APPROVAL, GROUP_TRUSTEE);
    groups.forEach(
        (id, group) -> {
          UserTask task = model.getModelElementById(id);
          assertThat(task.getCamundaCandidateGroupsList()).as(id).containsExactly(group);
          assertThat(task.getCamundaDueDate()).isEqualTo("${" + Reviews.VAR_REVIEW_SLA + "}");
        });
    Map<String, String> slaOf =
        model.getModelElementsByType(BoundaryEvent.class).stream()
            .collect(Collectors.toMap(b -> b.getAttachedTo().getId(), BoundaryEvent::getId));
    assertThat(slaOf)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TASK_COMPLIANCE_REVIEW, BOUNDARY_COMPLIANCE_REVIEW_SLA,
                TASK_LEGAL_REVIEW, BOUNDARY_LEGAL_REVIEW_SLA,
                TASK_FIRST_TRUSTEE_APPROVAL, BOUNDARY_FIRST_TRUSTEE_APPROVAL_SLA,
                TASK_SECOND_TRUSTEE_APPROVAL, BOUNDARY_SECOND_TRUSTEE_APPROVAL_SLA));
    for (BoundaryEvent sla : model.getModelElementsByType(BoundaryEvent.class)) {
      assertThat(sla.cancelActivity()).as(sla.getId()).isFalse();
      TimerEventDefinition timer =
          (TimerEventDefinition) sla.getEventDefinitions().iterator().next();
      assertThat(timer.getTimeDuration().getTextContent())
          .isEqualTo("${" + Reviews.VAR_REVIEW_SLA + "}");
    }
    UserTask rework = model.getModelElementById(TASK_REVISE_SUBMISSION);
    assertThat(rework.getCamundaAssignee()).isEqualTo("${" + VAR_ORIGINATOR + "}");
  }
}
