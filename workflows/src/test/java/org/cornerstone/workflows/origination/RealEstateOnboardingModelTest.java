package org.cornerstone.workflows.origination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.*;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.cornerstone.workflows.rules.AssetKind;
import org.cornerstone.workflows.rules.Decisions;
import org.cornerstone.workflows.rules.EscalateOverdueReviewListener;
import org.cornerstone.workflows.rules.ModelChecks;
import org.cornerstone.workflows.rules.ReviewDecisionListener;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.rules.TrusteeFourEyesListener;
import org.cornerstone.workflows.testing.ModelInspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The model file, its constants and its delegates agree (no engine needed). */
class RealEstateOnboardingModelTest {

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
    ModelChecks.elementIdConstantsMatchTheModel(model, RealEstateOnboarding.class);
    ModelChecks.everyElementHasDiagramInterchange(model);
  }

  @Test
  void theDiagramHasNoOverlappingShapesAndNoEdgeCrossesAShape() {
    ModelChecks.diagramHasNoOverlaps(model);
  }

  @Test
  void serviceTasksCallCleanApplicationScopedDelegatesAndOnlyTokenizationIsAsync() {
    Map<Class<?>, String> delegates =
        Map.of(
            CheckDocumentCompletenessDelegate.class, BEAN_CHECK_DOCUMENTS,
            RecordValuationDelegate.class, BEAN_RECORD_VALUATION,
            TokenizeRealEstateDelegate.class, BEAN_ISSUE_TOKENS,
            NotifyOriginatorDelegate.class, BEAN_NOTIFY_ORIGINATOR,
            RecordRejectionDelegate.class, BEAN_RECORD_REJECTION);
    delegates.forEach(
        (type, bean) -> {
          ModelChecks.isCleanDelegate(type, bean, OnboardingSteps.class);
          assertThat(type.getAnnotation(ApplicationScoped.class)).as(type.getName()).isNotNull();
        });
    ModelChecks.isCleanDelegate(IndependentValuationListener.class, BEAN_VALUATION_GUARD, null);
    ModelChecks.isCleanDelegate(
        TrusteeFourEyesListener.class, Reviews.BEAN_TRUSTEE_FOUR_EYES, null);
    ModelChecks.isCleanDelegate(
        ReviewDecisionListener.class, Reviews.BEAN_REVIEW_DECISION_GUARD, null);
    ModelChecks.isCleanDelegate(
        EscalateOverdueReviewListener.class, Reviews.BEAN_ESCALATE_OVERDUE_REVIEW, null);

    assertThat(ModelInspection.delegateExpressionsByServiceTask(model))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TASK_CHECK_DOCUMENT_COMPLETENESS, ModelInspection.expression(BEAN_CHECK_DOCUMENTS),
                TASK_RECORD_VALUATION, ModelInspection.expression(BEAN_RECORD_VALUATION),
                TASK_TOKENIZE, ModelInspection.expression(BEAN_ISSUE_TOKENS),
                TASK_NOTIFY_ORIGINATOR, ModelInspection.expression(BEAN_NOTIFY_ORIGINATOR),
                TASK_RECORD_REJECTION, ModelInspection.expression(BEAN_RECORD_REJECTION)));
    ModelInspection.onlyServiceTaskIsAsyncWithRetryCycle(model, TASK_TOKENIZE, "R3/PT30S");
  }

  @Test
  void businessRuleTasksCallTheDecisionTablesForRealEstate() {
    BusinessRuleTask documents = model.getModelElementById(TASK_DETERMINE_REQUIRED_DOCUMENTS);
    assertThat(documents.getCamundaDecisionRef()).isEqualTo(Decisions.REQUIRED_DOCUMENTS);
    assertThat(documents.getCamundaResultVariable()).isEqualTo(VAR_REQUIRED_DOCUMENTS);
    assertThat(documents.getCamundaMapDecisionResult()).isEqualTo("collectEntries");
    BusinessRuleTask cap = model.getModelElementById(TASK_DETERMINE_TOKENIZATION_CAP);
    assertThat(cap.getCamundaDecisionRef()).isEqualTo(Decisions.TOKENIZATION_CAP);
    assertThat(cap.getCamundaResultVariable()).isEqualTo(VAR_LOAN_TO_VALUE_BPS);
    assertThat(cap.getCamundaMapDecisionResult()).isEqualTo("singleEntry");
    for (BusinessRuleTask task : List.of(documents, cap)) {
      assertThat(
              task
                  .getExtensionElements()
                  .getElementsQuery()
                  .filterByType(CamundaInputOutput.class)
                  .singleResult()
                  .getCamundaInputParameters()
                  .stream()
                  .collect(
                      Collectors.toMap(
                          CamundaInputParameter::getCamundaName,
                          CamundaInputParameter::getTextContent)))
          .as(task.getId())
          .containsExactly(Map.entry(Decisions.INPUT_ASSET_KIND, AssetKind.REAL_ESTATE.name()));
    }
    assertThat(ASSET_KIND).isEqualTo(AssetKind.REAL_ESTATE);
  }

  @ParameterizedTest
  @CsvSource({
    TASK_COMPLIANCE_REVIEW + "," + GROUP_COMPLIANCE,
    TASK_INDEPENDENT_VALUATION + "," + GROUP_VALUER,
    TASK_LEGAL_REVIEW + "," + GROUP_LEGAL,
    TASK_FIRST_TRUSTEE_APPROVAL + "," + GROUP_TRUSTEE,
    TASK_SECOND_TRUSTEE_APPROVAL + "," + GROUP_TRUSTEE
  })
  void everyReviewHasItsGroupTheSlaTheDecisionGuardAndAnEscalationTimer(
      String review, String group) {
    assertThat(REVIEW_TASKS).contains(review);
    ModelChecks.isGuardedReview(model, review, group);
  }

  @Test
  void reviewTasksAreExactlyTheGuardedOnesAndTheirDecisionsRouteThreeWays() {
    assertThat(
            model.getModelElementsByType(UserTask.class).stream()
                .map(UserTask::getId)
                .filter(id -> !id.equals(TASK_REVISE_SUBMISSION))
                .toList())
        .containsExactlyInAnyOrderElementsOf(REVIEW_TASKS);
    assertThat(
            model.getModelElementsByType(BoundaryEvent.class).stream()
                .map(b -> b.getAttachedTo().getId())
                .toList())
        .containsExactlyInAnyOrderElementsOf(REVIEW_TASKS);
    for (String review : REVIEW_TASKS) {
      FlowNode task = model.getModelElementById(review);
      FlowNode gateway = task.getOutgoing().iterator().next().getTarget();
      assertThat(
              gateway.getOutgoing().stream()
                  .map(SequenceFlow::getConditionExpression)
                  .map(c -> c.getTextContent())
                  .toList())
          .as(review)
          .containsExactlyInAnyOrder(
              "${decision == 'APPROVE'}", "${decision == 'SEND_BACK'}", "${decision == 'REJECT'}");
      assertThat(gateway.getOutgoing().stream().map(ModelChecks::leadsTo).toList())
          .as(review)
          .hasSize(3)
          .contains(TASK_REVISE_SUBMISSION, TASK_RECORD_REJECTION);
    }
  }

  @Test
  void theTrusteeApprovalsHaveFourEyesAndTheValuationItsGuard() {
    ModelChecks.trusteeApprovalsHaveFourEyes(model);
    String guard = ModelInspection.expression(Reviews.BEAN_REVIEW_DECISION_GUARD);
    String valuation = ModelInspection.expression(BEAN_VALUATION_GUARD);
    assertThat(ModelChecks.taskListeners(model, TASK_INDEPENDENT_VALUATION))
        .containsExactly(
            "create=" + guard, "create=" + valuation, "complete=" + guard, "complete=" + valuation);
  }

  @Test
  void theReworkTaskGoesToTheOriginatorAndReturnsToEveryReviewThatCanSendBack() {
    UserTask rework = model.getModelElementById(TASK_REVISE_SUBMISSION);
    assertThat(rework.getCamundaAssignee()).isEqualTo("${" + VAR_ORIGINATOR + "}");
    FlowNode resubmitted = model.getModelElementById(GATEWAY_RESUBMITTED_TO);
    assertThat(resubmitted.getOutgoing().stream().map(ModelChecks::leadsTo).toList())
        .containsExactlyInAnyOrder(
            TASK_DETERMINE_REQUIRED_DOCUMENTS,
            TASK_COMPLIANCE_REVIEW,
            TASK_INDEPENDENT_VALUATION,
            TASK_LEGAL_REVIEW,
            TASK_FIRST_TRUSTEE_APPROVAL);
  }
}
