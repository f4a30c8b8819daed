package org.cornerstone.workflows.cash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.workflows.cash.CashProcesses.*;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.cornerstone.workflows.rules.ModelChecks;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.testing.ModelInspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two cash models, their constants and their delegates agree (no engine needed). */
class CashModelsTest {
  private static BpmnModelInstance deposit;
  private static BpmnModelInstance withdrawal;

  @BeforeAll
  static void readModels() throws Exception {
    deposit = ModelChecks.read(DEPOSIT_BPMN);
    withdrawal = ModelChecks.read(WITHDRAWAL_BPMN);
  }

  @Test
  void processKeysAreTheFileNamesAndTheDiagramsAreComplete() {
    ModelChecks.processKeyIsTheFileName(deposit, DEPOSIT_PROCESS_KEY, DEPOSIT_BPMN);
    ModelChecks.processKeyIsTheFileName(withdrawal, WITHDRAWAL_PROCESS_KEY, WITHDRAWAL_BPMN);
    for (BpmnModelInstance model : List.of(deposit, withdrawal)) {
      ModelChecks.everyElementHasDiagramInterchange(model);
      ModelChecks.diagramHasNoOverlaps(model);
      ModelChecks.onlyGatewaysJoin(model);
    }
  }

  @Test
  void everyNodeHasAConstantAndEveryConstantANode() throws Exception {
    Set<String> ids = new HashSet<>();
    for (BpmnModelInstance model : List.of(deposit, withdrawal)) {
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        assertThat(node.getName()).as("name of " + node.getId()).isNotBlank();
        ids.add(node.getId());
      }
    }
    Set<String> constants = new HashSet<>();
    for (Field field : CashProcesses.class.getFields()) {
      if (List.of("START_", "TASK_", "GATEWAY_", "END_").stream()
          .anyMatch(field.getName()::startsWith)) {
        String id = (String) field.get(null);
        BaseElement inDeposit = deposit.getModelElementById(id);
        BaseElement inWithdrawal = withdrawal.getModelElementById(id);
        assertThat(inDeposit != null || inWithdrawal != null).as(field.getName()).isTrue();
        constants.add(id);
      }
    }
    assertThat(constants).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void theBankConfirmsThroughAGuardedReviewAndTheLedgerStepIsAsynchronousAndRetried() {
    ModelChecks.isCleanDelegate(IssueDepositCashDelegate.class, BEAN_ISSUE_CASH, CashSteps.class);
    ModelChecks.isCleanDelegate(
        RecordDepositRejectionDelegate.class, BEAN_RECORD_DEPOSIT_REJECTION, CashSteps.class);
    ModelChecks.isCleanDelegate(
        RedeemWithdrawalCashDelegate.class, BEAN_REDEEM_CASH, CashSteps.class);
    ModelChecks.isCleanDelegate(
        RecordWithdrawalRejectionDelegate.class, BEAN_RECORD_WITHDRAWAL_REJECTION, CashSteps.class);
    assertThat(ModelInspection.delegateExpressionsByServiceTask(deposit))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TASK_ISSUE_CASH, "${" + BEAN_ISSUE_CASH + "}",
                TASK_RECORD_DEPOSIT_REJECTION, "${" + BEAN_RECORD_DEPOSIT_REJECTION + "}"));
    assertThat(ModelInspection.delegateExpressionsByServiceTask(withdrawal))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TASK_REDEEM_CASH, "${" + BEAN_REDEEM_CASH + "}",
                TASK_RECORD_WITHDRAWAL_REJECTION, "${" + BEAN_RECORD_WITHDRAWAL_REJECTION + "}"));

    String guard = "${" + Reviews.BEAN_REVIEW_DECISION_GUARD + "}";
    for (var review :
        List.of(
            Map.entry(deposit, TASK_CONFIRM_DEPOSIT),
            Map.entry(withdrawal, TASK_CONFIRM_WITHDRAWAL))) {
      UserTask task = review.getKey().getModelElementById(review.getValue());
      assertThat(task.getCamundaCandidateGroupsList())
          .containsExactly(Reviews.GROUP_SETTLEMENT_BANK);
      assertThat(ModelChecks.taskListeners(review.getKey(), review.getValue()))
          .containsExactly("create=" + guard, "complete=" + guard);
    }
    for (var ledgerStep :
        List.of(Map.entry(deposit, TASK_ISSUE_CASH), Map.entry(withdrawal, TASK_REDEEM_CASH))) {
      ServiceTask task = ledgerStep.getKey().getModelElementById(ledgerStep.getValue());
      assertThat(task.isCamundaAsyncBefore()).as(ledgerStep.getValue()).isTrue();
      assertThat(
              task.getExtensionElements()
                  .getElementsQuery()
                  .filterByType(CamundaFailedJobRetryTimeCycle.class)
                  .singleResult()
                  .getTextContent())
          .isEqualTo("R3/PT30S");
    }
  }
}
