package org.cornerstone.workflows.origination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.*;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.cornerstone.workflows.rules.ModelChecks;
import org.cornerstone.workflows.testing.ModelInspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model file, its constants and its delegates agree (no engine needed). */
class RealEstateOnboardingModelTest {

  private static BpmnModelInstance model;

  @BeforeAll
  static void readModel() throws Exception {
    model = ModelChecks.read(BPMN_RESOURCE);
  }

  @Test
  void processKeyIsTheFileNameAndTheProcessIsExecutableWithHistoryTimeToLive() {
    Process process = model.getModelElementById(PROCESS_KEY);
    assertThat(BPMN_RESOURCE).isEqualTo("bpmn/" + process.getId() + ".bpmn");
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
  }

  @Test
  void everyElementIdConstantNamesAnElementOfTheModel() throws Exception {
    for (Field field : RealEstateOnboarding.class.getFields()) {
      String name = field.getName();
      if (name.startsWith("START_")
          || name.startsWith("TASK_")
          || name.startsWith("GATEWAY_")
          || name.startsWith("END_")) {
        String id = (String) field.get(null);
        assertThat((BaseElement) model.getModelElementById(id)).as(name + " = " + id).isNotNull();
      }
    }
  }

  @Test
  void everyFlowNodeIsNamedAndHasAnIdConstant() throws Exception {
    Set<String> constants =
        Arrays.stream(RealEstateOnboarding.class.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
            .map(RealEstateOnboardingModelTest::constantValue)
            .collect(Collectors.toSet());
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(node.getName()).as("name of " + node.getId()).isNotBlank();
      assertThat(constants).as("constant for " + node.getId()).contains(node.getId());
    }
  }

  @Test
  void serviceTasksCallTheNamedDelegates() {
    Map<String, Class<?>> beans =
        Map.of(
            BEAN_CHECK_DOCUMENT_COMPLETENESS, CheckDocumentCompletenessDelegate.class,
            BEAN_ISSUE_TOKENS, IssueTokensDelegate.class,
            BEAN_RECORD_REJECTION, RecordRejectionDelegate.class);
    beans.forEach((bean, type) -> ModelChecks.isCleanDelegate(type, bean, OnboardingSteps.class));

    assertThat(ModelInspection.delegateExpressionsByServiceTask(model))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TASK_CHECK_DOCUMENT_COMPLETENESS, "${" + BEAN_CHECK_DOCUMENT_COMPLETENESS + "}",
                TASK_ISSUE_TOKENS, "${" + BEAN_ISSUE_TOKENS + "}",
                TASK_RECORD_DOCUMENTS_REJECTION, "${" + BEAN_RECORD_REJECTION + "}",
                TASK_RECORD_TRUSTEE_REJECTION, "${" + BEAN_RECORD_REJECTION + "}"));
  }

  @Test
  void onlyTheLedgerCallIsAsynchronousAndRetriedThreeTimes() {
    ModelInspection.onlyServiceTaskIsAsyncWithRetryCycle(model, TASK_ISSUE_TOKENS, "R3/PT30S");
  }

  @Test
  void trusteeReviewGoesToTrusteesWithADueDate() {
    UserTask review = model.getModelElementById(TASK_TRUSTEE_REVIEW);
    assertThat(review.getCamundaCandidateGroupsList()).containsExactly(GROUP_TRUSTEE);
    assertThat(review.getCamundaDueDate()).isEqualTo("${" + VAR_TRUSTEE_REVIEW_DUE + "}");
  }

  @Test
  void everyElementHasDiagramInterchangeSoTheModelRenders() {
    ModelChecks.everyElementHasDiagramInterchange(model);
  }

  private static String constantValue(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
