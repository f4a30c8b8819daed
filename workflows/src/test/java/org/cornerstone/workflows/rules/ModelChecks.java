package org.cornerstone.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/** Checks shared by the model tests of the issue-5 processes (no engine needed). */
public final class ModelChecks {

  private ModelChecks() {}

  public static BpmnModelInstance read(String resource) throws Exception {
    try (InputStream in = ModelChecks.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      BpmnModelInstance model = Bpmn.readModelFromStream(in);
      Bpmn.validateModel(model);
      return model;
    }
  }

  public static void processKeyIsTheFileName(
      BpmnModelInstance model, String processKey, String resource) {
    Process process = model.getModelElementById(processKey);
    assertThat(process).as(processKey).isNotNull();
    assertThat(resource).isEqualTo("bpmn/" + process.getId() + ".bpmn");
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
  }

  /** START_, TASK_, GATEWAY_, END_, BOUNDARY_ constants name elements; every node has one. */
  public static void elementIdConstantsMatchTheModel(BpmnModelInstance model, Class<?> constants)
      throws Exception {
    for (Field field : constants.getFields()) {
      String name = field.getName();
      if (List.of("START_", "TASK_", "GATEWAY_", "END_", "BOUNDARY_").stream()
          .anyMatch(name::startsWith)) {
        String id = (String) field.get(null);
        assertThat((BaseElement) model.getModelElementById(id)).as(name + " = " + id).isNotNull();
      }
    }
    Set<String> values =
        Arrays.stream(constants.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
            .map(ModelChecks::value)
            .collect(Collectors.toSet());
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(node.getName()).as("name of " + node.getId()).isNotBlank();
      assertThat(values).as("constant for " + node.getId()).contains(node.getId());
    }
  }

  public static void everyElementHasDiagramInterchange(BpmnModelInstance model) {
    Set<String> shapes =
        model.getModelElementsByType(BpmnShape.class).stream()
            .map(s -> s.getBpmnElement().getId())
            .collect(Collectors.toSet());
    Set<String> edges =
        model.getModelElementsByType(BpmnEdge.class).stream()
            .map(e -> e.getBpmnElement().getId())
            .collect(Collectors.toSet());
    assertThat(shapes)
        .containsExactlyInAnyOrderElementsOf(
            model.getModelElementsByType(FlowNode.class).stream().map(FlowElement::getId).toList());
    assertThat(edges)
        .containsExactlyInAnyOrderElementsOf(
            model.getModelElementsByType(SequenceFlow.class).stream()
                .map(FlowElement::getId)
                .toList());
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      assertThat(edge.getWaypoints()).as(edge.getId()).hasSizeGreaterThanOrEqualTo(2);
    }
  }

  /** A {@code @Named @Dependent} bean with one {@code @Inject} constructor taking the port. */
  public static void isCleanDelegate(Class<?> type, String bean, Class<?> port) {
    assertThat(type.getAnnotation(Named.class).value()).as(type.getName()).isEqualTo(bean);
    assertThat(type.getAnnotation(Dependent.class)).as(type.getName()).isNotNull();
    Constructor<?>[] constructors = type.getConstructors();
    assertThat(constructors).hasSize(1);
    if (port != null) {
      assertThat(constructors[0].getAnnotation(Inject.class)).isNotNull();
      assertThat(constructors[0].getParameterTypes()).containsExactly(port);
    }
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
