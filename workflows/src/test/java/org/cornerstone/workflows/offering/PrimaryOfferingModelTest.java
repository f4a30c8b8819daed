package org.cornerstone.workflows.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.workflows.offering.PrimaryOffering.*;

import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.cornerstone.workflows.rules.ModelChecks;
import org.cornerstone.workflows.testing.ModelInspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model file, its constants and its delegates agree (no engine needed). */
class PrimaryOfferingModelTest {

  private static BpmnModelInstance model;

  @BeforeAll
  static void readModel() throws Exception {
    model = ModelChecks.read(BPMN_RESOURCE);
  }

  @Test
  void processKeyIsTheFileNameAndEveryNodeHasAConstantAndDiagramInterchange() throws Exception {
    ModelChecks.processKeyIsTheFileName(model, PROCESS_KEY, BPMN_RESOURCE);
    ModelChecks.elementIdConstantsMatchTheModel(model, PrimaryOffering.class);
    ModelChecks.everyElementHasDiagramInterchange(model);
    ModelChecks.diagramHasNoOverlaps(model);
    ModelChecks.onlyGatewaysJoin(model);
  }

  @Test
  void tasksCallCleanDelegatesAndLedgerStepsAreAsynchronous() {
    ModelChecks.isCleanDelegate(OpenOfferingDelegate.class, BEAN_OPEN, OfferingSteps.class);
    ModelChecks.isCleanDelegate(
        RecordOfferingRejectionDelegate.class, BEAN_RECORD_REJECTION, OfferingSteps.class);
    ModelChecks.isCleanDelegate(AllocateOfferingDelegate.class, BEAN_ALLOCATE, OfferingSteps.class);
    ModelChecks.isCleanDelegate(
        SettleAllocationDelegate.class, BEAN_SETTLE_ALLOCATION, OfferingSteps.class);
    ModelChecks.isCleanDelegate(
        RecordOfferingSettledDelegate.class, BEAN_RECORD_SETTLED, OfferingSteps.class);
    assertThat(ModelInspection.delegateExpressionsByServiceTask(model))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TASK_OPEN_OFFERING, "${" + BEAN_OPEN + "}",
                TASK_RECORD_REJECTION, "${" + BEAN_RECORD_REJECTION + "}",
                TASK_ALLOCATE, "${" + BEAN_ALLOCATE + "}",
                TASK_SETTLE_ALLOCATION, "${" + BEAN_SETTLE_ALLOCATION + "}",
                TASK_RECORD_SETTLED, "${" + BEAN_RECORD_SETTLED + "}"));
    ModelChecks.isGuardedReview(model, TASK_TRUSTEE_APPROVAL, GROUP_TRUSTEE);
    ServiceTask allocate = model.getModelElementById(TASK_ALLOCATE);
    assertThat(allocate.isCamundaAsyncBefore()).isTrue();
    ServiceTask settle = model.getModelElementById(TASK_SETTLE_ALLOCATION);
    MultiInstanceLoopCharacteristics loop =
        (MultiInstanceLoopCharacteristics) settle.getLoopCharacteristics();
    assertThat(loop.isCamundaAsyncBefore()).as("each settlement is its own job").isTrue();
    assertThat(loop.isSequential()).isTrue();
  }
}
