package org.cornerstone.workflows.servicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.workflows.servicing.Distribution.*;

import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.cornerstone.workflows.rules.ModelChecks;
import org.cornerstone.workflows.testing.ModelInspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The distribution model, its constants and its delegates agree (no engine needed). */
class DistributionModelTest {
  private static BpmnModelInstance model;

  @BeforeAll
  static void readModel() throws Exception {
    model = ModelChecks.read(BPMN_RESOURCE);
  }

  @Test
  void processKeyIsTheFileNameAndTheDiagramIsComplete() throws Exception {
    ModelChecks.processKeyIsTheFileName(model, PROCESS_KEY, BPMN_RESOURCE);
    ModelChecks.everyElementHasDiagramInterchange(model);
    ModelChecks.diagramHasNoOverlaps(model);
    ModelChecks.onlyGatewaysJoin(model);
    ModelChecks.elementIdConstantsMatchTheModel(model, Distribution.class);
  }

  @Test
  void trusteesApproveWithFourEyesAndTheSecondApprovalIsForSeniorTrustees() {
    ModelChecks.trusteeApprovalsHaveFourEyes(model);
    assertThat(
            ((UserTask) model.getModelElementById(TASK_FIRST_TRUSTEE_APPROVAL))
                .getCamundaCandidateGroupsList())
        .containsExactly("trustee");
    assertThat(
            ((UserTask) model.getModelElementById(TASK_SECOND_TRUSTEE_APPROVAL))
                .getCamundaCandidateGroupsList())
        .containsExactly("senior-trustee");
  }

  @Test
  void ledgerStepsAreAsynchronousAndRetriedAndEachDelegateIsClean() {
    ModelChecks.isCleanDelegate(
        FixRecordDateDelegate.class, BEAN_FIX_RECORD_DATE, DistributionSteps.class);
    ModelChecks.isCleanDelegate(
        ComputeEntitlementsDelegate.class, BEAN_COMPUTE_ENTITLEMENTS, DistributionSteps.class);
    ModelChecks.isCleanDelegate(FundDistributionDelegate.class, BEAN_FUND, DistributionSteps.class);
    ModelChecks.isCleanDelegate(
        PayHoldersDelegate.class, BEAN_PAY_HOLDERS, DistributionSteps.class);
    ModelChecks.isCleanDelegate(
        RecordDistributionRejectionDelegate.class, BEAN_RECORD_REJECTION, DistributionSteps.class);
    assertThat(ModelInspection.delegateExpressionsByServiceTask(model))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TASK_FIX_RECORD_DATE, "${" + BEAN_FIX_RECORD_DATE + "}",
                TASK_COMPUTE_ENTITLEMENTS, "${" + BEAN_COMPUTE_ENTITLEMENTS + "}",
                TASK_FUND_DISTRIBUTION, "${" + BEAN_FUND + "}",
                TASK_PAY_HOLDERS, "${" + BEAN_PAY_HOLDERS + "}",
                TASK_RECORD_REJECTION, "${" + BEAN_RECORD_REJECTION + "}"));
    for (String ledgerStep :
        new String[] {TASK_COMPUTE_ENTITLEMENTS, TASK_FUND_DISTRIBUTION, TASK_PAY_HOLDERS}) {
      ServiceTask task = model.getModelElementById(ledgerStep);
      assertThat(task.isCamundaAsyncBefore()).as(ledgerStep).isTrue();
    }
  }
}
