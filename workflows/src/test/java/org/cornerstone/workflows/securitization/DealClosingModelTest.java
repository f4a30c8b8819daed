package org.cornerstone.workflows.securitization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.workflows.securitization.DealClosing.*;

import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.cornerstone.workflows.rules.ModelChecks;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.testing.ModelInspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The deal-closing model, its constants and its delegates agree (no engine needed). */
class DealClosingModelTest {
  private static BpmnModelInstance model;

  @BeforeAll
  static void readModel() throws Exception {
    model = ModelChecks.read(BPMN);
  }

  @Test
  void processKeyIsTheFileNameAndTheDiagramIsComplete() throws Exception {
    ModelChecks.processKeyIsTheFileName(model, PROCESS_KEY, BPMN);
    ModelChecks.everyElementHasDiagramInterchange(model);
    ModelChecks.diagramHasNoOverlaps(model);
    ModelChecks.onlyGatewaysJoin(model);
    ModelChecks.elementIdConstantsMatchTheModel(model, DealClosing.class);
  }

  @Test
  void legalThenTwoDifferentTrusteesDecideAndTheClosingIsAsynchronous() {
    ModelChecks.isCleanDelegate(CloseDealDelegate.class, BEAN_CLOSE_DEAL, DealClosingSteps.class);
    ModelChecks.isCleanDelegate(
        RecordDealRejectionDelegate.class, BEAN_RECORD_REJECTION, DealClosingSteps.class);
    assertThat(ModelInspection.delegateExpressionsByServiceTask(model))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TASK_CLOSE_DEAL, "${" + BEAN_CLOSE_DEAL + "}",
                TASK_RECORD_REJECTION, "${" + BEAN_RECORD_REJECTION + "}"));
    String guard = "${" + Reviews.BEAN_REVIEW_DECISION_GUARD + "}";
    String fourEyes = "${" + Reviews.BEAN_TRUSTEE_FOUR_EYES + "}";
    UserTask legal = model.getModelElementById(TASK_LEGAL_REVIEW);
    assertThat(legal.getCamundaCandidateGroupsList()).containsExactly(GROUP_LEGAL);
    assertThat(ModelChecks.taskListeners(model, TASK_LEGAL_REVIEW))
        .containsExactly("create=" + guard, "complete=" + guard);
    assertThat(ModelChecks.taskListeners(model, Reviews.TASK_FIRST_TRUSTEE_APPROVAL))
        .containsExactly("create=" + guard, "complete=" + guard, "complete=" + fourEyes);
    assertThat(ModelChecks.taskListeners(model, Reviews.TASK_SECOND_TRUSTEE_APPROVAL))
        .containsExactly(
            "create=" + guard,
            "complete=" + guard,
            "assignment=" + fourEyes,
            "complete=" + fourEyes);
    for (String trustee :
        new String[] {TASK_FIRST_TRUSTEE_APPROVAL, TASK_SECOND_TRUSTEE_APPROVAL}) {
      UserTask task = model.getModelElementById(trustee);
      assertThat(task.getCamundaCandidateGroupsList()).containsExactly(GROUP_TRUSTEE);
    }
    ServiceTask close = model.getModelElementById(TASK_CLOSE_DEAL);
    assertThat(close.isCamundaAsyncBefore()).isTrue();
    assertThat(
            close
                .getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaFailedJobRetryTimeCycle.class)
                .singleResult()
                .getTextContent())
        .isEqualTo("R3/PT30S");
    assertThat(TASK_FIRST_TRUSTEE_APPROVAL).isEqualTo(Reviews.TASK_FIRST_TRUSTEE_APPROVAL);
    assertThat(TASK_SECOND_TRUSTEE_APPROVAL).isEqualTo(Reviews.TASK_SECOND_TRUSTEE_APPROVAL);
  }

  @Test
  void startVariablesNameTheDealAndItsArranger() {
    assertThat(startVariables("HRT-2027-1", "arthur"))
        .containsEntry(VAR_DEAL_ID, "HRT-2027-1")
        .containsEntry(VAR_STRUCTURER_USER, "arthur");
  }
}
