package org.cornerstone.workflows.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.workflows.financing.ReceivableOnboarding.*;

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

/** The receivable-onboarding model, its constants and its delegates agree (no engine needed). */
class ReceivableOnboardingModelTest {
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
    ModelChecks.elementIdConstantsMatchTheModel(model, ReceivableOnboarding.class);
  }

  @Test
  void theDebtorAndComplianceDecideInGuardedReviewsAndTheLedgerStepIsAsynchronous() {
    ModelChecks.isCleanDelegate(
        IssueCertificateDelegate.class, BEAN_ISSUE_CERTIFICATE, ReceivableOnboardingSteps.class);
    ModelChecks.isCleanDelegate(
        RecordDisputeDelegate.class, BEAN_RECORD_DISPUTE, ReceivableOnboardingSteps.class);
    ModelChecks.isCleanDelegate(
        RecordReceivableRejectionDelegate.class,
        BEAN_RECORD_REJECTION,
        ReceivableOnboardingSteps.class);
    assertThat(ModelInspection.delegateExpressionsByServiceTask(model))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TASK_ISSUE_CERTIFICATE, "${" + BEAN_ISSUE_CERTIFICATE + "}",
                TASK_RECORD_DISPUTE, "${" + BEAN_RECORD_DISPUTE + "}",
                TASK_RECORD_REJECTION, "${" + BEAN_RECORD_REJECTION + "}"));

    String guard = "${" + Reviews.BEAN_REVIEW_DECISION_GUARD + "}";
    UserTask debtor = model.getModelElementById(TASK_DEBTOR_CONFIRMATION);
    assertThat(debtor.getCamundaCandidateGroupsList())
        .containsExactly("${" + VAR_DEBTOR_GROUP + "}");
    UserTask compliance = model.getModelElementById(TASK_COMPLIANCE_REVIEW);
    assertThat(compliance.getCamundaCandidateGroupsList()).containsExactly(GROUP_COMPLIANCE);
    for (String review : new String[] {TASK_DEBTOR_CONFIRMATION, TASK_COMPLIANCE_REVIEW}) {
      assertThat(ModelChecks.taskListeners(model, review))
          .containsExactly("create=" + guard, "complete=" + guard);
    }

    ServiceTask issue = model.getModelElementById(TASK_ISSUE_CERTIFICATE);
    assertThat(issue.isCamundaAsyncBefore()).isTrue();
    assertThat(
            issue
                .getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaFailedJobRetryTimeCycle.class)
                .singleResult()
                .getTextContent())
        .isEqualTo("R3/PT30S");
  }

  @Test
  void theDebtorGroupIsPerOrganisation() {
    assertThat(debtorGroup("daqing-petrochem")).isEqualTo("debtor-daqing-petrochem");
    assertThat(startVariables("RCV-1", "suki", "daqing-petrochem"))
        .containsEntry(VAR_DEBTOR_GROUP, "debtor-daqing-petrochem")
        .containsEntry(VAR_RECEIVABLE_ID, "RCV-1")
        .containsEntry(VAR_SUPPLIER_USER, "suki");
  }
}
