package org.cornerstone.workflows.investor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.workflows.investor.InvestorOnboarding.*;

import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.cornerstone.workflows.rules.ModelChecks;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.testing.ModelInspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model file, its constants and its delegates agree (no engine needed). */
class InvestorOnboardingModelTest {

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
    ModelChecks.elementIdConstantsMatchTheModel(model, InvestorOnboarding.class);
    ModelChecks.everyElementHasDiagramInterchange(model);
    ModelChecks.diagramHasNoOverlaps(model);
  }

  @Test
  void tasksCallCleanDelegatesAndTheReviewHasAnSla() {
    ModelChecks.isCleanDelegate(
        RecordEligibilityDelegate.class, BEAN_RECORD_ELIGIBILITY, InvestorOnboardingSteps.class);
    ModelChecks.isCleanDelegate(
        RecordInvestorRejectionDelegate.class,
        BEAN_RECORD_REJECTION,
        InvestorOnboardingSteps.class);
    ModelChecks.isCleanDelegate(InvestorProfileListener.class, BEAN_PROFILE_GUARD, null);
    assertThat(ModelInspection.delegateExpressionsByServiceTask(model))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TASK_RECORD_ELIGIBILITY, "${" + BEAN_RECORD_ELIGIBILITY + "}",
                TASK_RECORD_REJECTION, "${" + BEAN_RECORD_REJECTION + "}"));
    ModelChecks.isGuardedReview(model, TASK_COMPLIANCE_REVIEW, GROUP_COMPLIANCE);
    UserTask review = model.getModelElementById(TASK_COMPLIANCE_REVIEW);
    assertThat(review.getCamundaCandidateGroupsList()).containsExactly(GROUP_COMPLIANCE);
    assertThat(review.getCamundaDueDate()).isEqualTo("${" + Reviews.VAR_REVIEW_SLA + "}");
    BoundaryEvent sla = model.getModelElementById(BOUNDARY_COMPLIANCE_REVIEW_SLA);
    assertThat(sla.getAttachedTo().getId()).isEqualTo(TASK_COMPLIANCE_REVIEW);
    assertThat(sla.cancelActivity()).isFalse();
    UserTask profile = model.getModelElementById(TASK_SUBMIT_INVESTOR_PROFILE);
    assertThat(profile.getCamundaAssignee()).isEqualTo("${" + VAR_INVESTOR_USER + "}");
  }
}
