package org.cornerstone.workflows.origination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.*;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model file, its constants and its delegates agree (no engine needed). */
class RealEstateOnboardingModelTest {

  private static BpmnModelInstance model;

  @BeforeAll
  static void readModel() throws Exception {
    try (InputStream in =
        RealEstateOnboardingModelTest.class.getClassLoader().getResourceAsStream(BPMN_RESOURCE)) {
      assertThat(in).as(BPMN_RESOURCE).isNotNull();
      model = Bpmn.readModelFromStream(in);
    }
    Bpmn.validateModel(model);
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
    beans.forEach(
        (bean, type) -> {
          assertThat(type.getAnnotation(Named.class).value()).isEqualTo(bean);
          assertThat(type.getAnnotation(Dependent.class)).isNotNull();
          Constructor<?>[] constructors = type.getConstructors();
          assertThat(constructors).hasSize(1);
          assertThat(constructors[0].getAnnotation(Inject.class)).isNotNull();
          assertThat(constructors[0].getParameterTypes()).containsExactly(OnboardingSteps.class);
        });

    Map<String, String> delegateOf =
        model.getModelElementsByType(ServiceTask.class).stream()
            .collect(
                Collectors.toMap(ServiceTask::getId, ServiceTask::getCamundaDelegateExpression));
    assertThat(delegateOf)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TASK_CHECK_DOCUMENT_COMPLETENESS, "${" + BEAN_CHECK_DOCUMENT_COMPLETENESS + "}",
                TASK_ISSUE_TOKENS, "${" + BEAN_ISSUE_TOKENS + "}",
                TASK_RECORD_DOCUMENTS_REJECTION, "${" + BEAN_RECORD_REJECTION + "}",
                TASK_RECORD_TRUSTEE_REJECTION, "${" + BEAN_RECORD_REJECTION + "}"));
  }

  @Test
  void onlyTheLedgerCallIsAsynchronousAndRetriedThreeTimes() {
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.isCamundaAsyncBefore())
          .as("asyncBefore of " + task.getId())
          .isEqualTo(task.getId().equals(TASK_ISSUE_TOKENS));
    }
    ServiceTask issueTokens = model.getModelElementById(TASK_ISSUE_TOKENS);
    Collection<CamundaFailedJobRetryTimeCycle> cycles =
        issueTokens
            .getExtensionElements()
            .getElementsQuery()
            .filterByType(CamundaFailedJobRetryTimeCycle.class)
            .list();
    assertThat(cycles)
        .extracting(CamundaFailedJobRetryTimeCycle::getTextContent)
        .containsExactly("R3/PT30S");
  }

  @Test
  void trusteeReviewGoesToTrusteesWithADueDate() {
    UserTask review = model.getModelElementById(TASK_TRUSTEE_REVIEW);
    assertThat(review.getCamundaCandidateGroupsList()).containsExactly(GROUP_TRUSTEE);
    assertThat(review.getCamundaDueDate()).isEqualTo("${" + VAR_TRUSTEE_REVIEW_DUE + "}");
  }

  @Test
  void everyElementHasDiagramInterchangeSoTheModelRenders() {
    Set<String> shapes =
        model.getModelElementsByType(BpmnShape.class).stream()
            .map(s -> s.getBpmnElement().getId())
            .collect(Collectors.toSet());
    Set<String> edges =
        model.getModelElementsByType(BpmnEdge.class).stream()
            .map(e -> e.getBpmnElement().getId())
            .collect(Collectors.toSet());
    List<String> nodes =
        model.getModelElementsByType(FlowNode.class).stream().map(FlowElement::getId).toList();
    List<String> flows =
        model
            .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class)
            .stream()
            .map(FlowElement::getId)
            .toList();
    assertThat(shapes).containsExactlyInAnyOrderElementsOf(nodes);
    assertThat(edges).containsExactlyInAnyOrderElementsOf(flows);
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      assertThat(edge.getWaypoints()).as(edge.getId()).hasSizeGreaterThanOrEqualTo(2);
    }
  }

  private static String constantValue(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
