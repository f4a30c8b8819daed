package org.cornerstone.workflows.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.workflows.registry.IssuerAgentAction.*;

import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.cornerstone.workflows.rules.ModelChecks;
import org.cornerstone.workflows.testing.ModelInspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code issuer-agent-action} model as written, without an engine. */
class IssuerAgentActionModelTest {

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
    ModelChecks.elementIdConstantsMatchTheModel(model, IssuerAgentAction.class);
    ModelChecks.everyElementHasDiagramInterchange(model);
    ModelChecks.diagramHasNoOverlaps(model);
  }

  @Test
  void theTrusteeReviewIsGuardedWithFourEyesAndOnlyTheLedgerStepIsAsynchronous() {
    ModelChecks.isCleanDelegate(
        ExecuteIssuerAgentActionDelegate.class, BEAN_EXECUTE_ACTION, IssuerAgentActionSteps.class);
    ModelChecks.isCleanDelegate(
        RecordIssuerAgentActionRejectionDelegate.class,
        BEAN_RECORD_REJECTION,
        IssuerAgentActionSteps.class);
    ModelChecks.isCleanDelegate(
        RequesterIsNotApproverListener.class, BEAN_REQUESTER_IS_NOT_APPROVER, null);
    assertThat(ModelInspection.delegateExpressionsByServiceTask(model))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TASK_EXECUTE_ACTION, "${" + BEAN_EXECUTE_ACTION + "}",
                TASK_RECORD_REJECTION, "${" + BEAN_RECORD_REJECTION + "}"));
    ModelChecks.isGuardedReview(model, TASK_TRUSTEE_APPROVAL, GROUP_TRUSTEE);
    assertThat(ModelChecks.taskListeners(model, TASK_TRUSTEE_APPROVAL))
        .contains(
            "assignment=${" + BEAN_REQUESTER_IS_NOT_APPROVER + "}",
            "complete=${" + BEAN_REQUESTER_IS_NOT_APPROVER + "}");
    ModelInspection.onlyServiceTaskIsAsyncWithRetryCycle(model, TASK_EXECUTE_ACTION, "R3/PT30S");
  }
}
