package org.cornerstone.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/** Checks shared by the model tests of the onboarding processes (no engine needed). */
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

  /**
   * Flows merge only in gateways (bpmnlint's {@code fake-join}): every task and event has at most
   * one incoming flow, and no gateway both joins and forks ({@code no-gateway-join-fork}).
   */
  public static void onlyGatewaysJoin(BpmnModelInstance model) {
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (node instanceof Gateway) {
        assertThat(node.getIncoming().size() > 1 && node.getOutgoing().size() > 1)
            .as(node.getId() + " joins and forks")
            .isFalse();
      } else {
        assertThat(node.getIncoming()).as("incoming flows of " + node.getId()).hasSizeLessThan(2);
      }
    }
  }

  /**
   * The id of the element a flow leads to: its target, or, through a joining gateway (several
   * incoming flows, one outgoing), the element that gateway joins into.
   */
  public static String leadsTo(SequenceFlow flow) {
    FlowNode target = flow.getTarget();
    while (target instanceof Gateway
        && target.getIncoming().size() > 1
        && target.getOutgoing().size() == 1) {
      target = target.getOutgoing().iterator().next().getTarget();
    }
    return target.getId();
  }

  /**
   * A {@code @Named} bean, {@code @Dependent} or {@code @ApplicationScoped} (then with a
   * non-private constructor without parameters for the client proxy), whose one public constructor
   * is the {@code @Inject} constructor taking the port (or the default constructor if {@code port}
   * is null).
   */
  public static void isCleanDelegate(Class<?> type, String bean, Class<?> port) {
    assertThat(type.getAnnotation(Named.class).value()).as(type.getName()).isEqualTo(bean);
    boolean applicationScoped = type.getAnnotation(ApplicationScoped.class) != null;
    assertThat(type.getAnnotation(Dependent.class) != null || applicationScoped)
        .as(type.getName() + " is @Dependent or @ApplicationScoped")
        .isTrue();
    Constructor<?>[] constructors = type.getConstructors();
    assertThat(constructors).hasSize(1);
    if (port != null) {
      assertThat(constructors[0].getAnnotation(Inject.class)).isNotNull();
      assertThat(constructors[0].getParameterTypes()).containsExactly(port);
    }
    if (applicationScoped) {
      assertThat(Modifier.isFinal(type.getModifiers())).as(type.getName()).isFalse();
      assertThat(Arrays.stream(type.getDeclaredConstructors()))
          .as(type.getName() + " has a non-private no-argument constructor for the CDI proxy")
          .anyMatch(c -> c.getParameterCount() == 0 && !Modifier.isPrivate(c.getModifiers()));
    }
  }

  /**
   * The user task's {@code camunda:taskListener}s as {@code event=delegateExpression}, in order.
   */
  public static List<String> taskListeners(BpmnModelInstance model, String taskId) {
    UserTask task = model.getModelElementById(taskId);
    assertThat(task).as(taskId).isNotNull();
    if (task.getExtensionElements() == null) {
      return List.of();
    }
    return task
        .getExtensionElements()
        .getElementsQuery()
        .filterByType(CamundaTaskListener.class)
        .list()
        .stream()
        .map(l -> l.getCamundaEvent() + "=" + l.getCamundaDelegateExpression())
        .toList();
  }

  /**
   * A review task: candidate group {@code group}, due {@code ${reviewSla}}, the decision guard on
   * create and complete (before any other complete listener), and one non-interrupting SLA timer of
   * {@code ${reviewSla}} whose start runs the escalation and which ends in an end event.
   */
  public static void isGuardedReview(BpmnModelInstance model, String taskId, String group) {
    UserTask task = model.getModelElementById(taskId);
    String sla = "${" + Reviews.VAR_REVIEW_SLA + "}";
    String guard = "${" + Reviews.BEAN_REVIEW_DECISION_GUARD + "}";
    assertThat(task.getCamundaCandidateGroupsList()).as(taskId).containsExactly(group);
    assertThat(task.getCamundaDueDate()).as(taskId).isEqualTo(sla);
    List<String> listeners = taskListeners(model, taskId);
    assertThat(listeners).as(taskId).contains("create=" + guard, "complete=" + guard);
    assertThat(listeners.stream().filter(l -> l.startsWith("complete=")).findFirst())
        .as("the decision guard is the first complete listener of " + taskId)
        .contains("complete=" + guard);

    List<BoundaryEvent> boundaries =
        model.getModelElementsByType(BoundaryEvent.class).stream()
            .filter(b -> b.getAttachedTo().getId().equals(taskId))
            .toList();
    assertThat(boundaries).as("SLA timer of " + taskId).hasSize(1);
    BoundaryEvent boundary = boundaries.get(0);
    assertThat(boundary.cancelActivity()).as(boundary.getId()).isFalse();
    TimerEventDefinition timer =
        (TimerEventDefinition) boundary.getEventDefinitions().iterator().next();
    assertThat(timer.getTimeDuration().getTextContent()).as(boundary.getId()).isEqualTo(sla);
    assertThat(
            boundary
                .getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaExecutionListener.class)
                .list()
                .stream()
                .map(l -> l.getCamundaEvent() + "=" + l.getCamundaDelegateExpression())
                .toList())
        .as(boundary.getId())
        .containsExactly("start=${" + Reviews.BEAN_ESCALATE_OVERDUE_REVIEW + "}");
    assertThat(boundary.getOutgoing()).hasSize(1);
    assertThat(boundary.getOutgoing().iterator().next().getTarget()).isInstanceOf(EndEvent.class);
  }

  /** The four-eyes listener on both trustee approvals, after the decision guard. */
  public static void trusteeApprovalsHaveFourEyes(BpmnModelInstance model) {
    String guard = "${" + Reviews.BEAN_REVIEW_DECISION_GUARD + "}";
    String fourEyes = "${" + Reviews.BEAN_TRUSTEE_FOUR_EYES + "}";
    assertThat(taskListeners(model, Reviews.TASK_FIRST_TRUSTEE_APPROVAL))
        .containsExactly("create=" + guard, "complete=" + guard, "complete=" + fourEyes);
    assertThat(taskListeners(model, Reviews.TASK_SECOND_TRUSTEE_APPROVAL))
        .containsExactly(
            "create=" + guard,
            "complete=" + guard,
            "assignment=" + fourEyes,
            "complete=" + fourEyes);
  }

  /**
   * The diagram is readable as drawn: no two shapes overlap (a boundary event sits on its task's
   * border), every edge starts on its source's shape and ends on its target's, and no edge crosses
   * a shape other than its source and target.
   */
  public static void diagramHasNoOverlaps(BpmnModelInstance model) {
    Map<String, Bounds> shapes = new HashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      shapes.put(shape.getBpmnElement().getId(), shape.getBounds());
    }
    List<String> ids = new ArrayList<>(shapes.keySet());
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        String a = ids.get(i);
        String b = ids.get(j);
        if (attached(model, a, b) || attached(model, b, a)) {
          continue;
        }
        assertThat(intersects(shapes.get(a), shapes.get(b))).as(a + " overlaps " + b).isFalse();
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
      List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
      String source = flow.getSource().getId();
      String target = flow.getTarget().getId();
      assertThat(onOrIn(shapes.get(source), points.get(0)))
          .as(flow.getId() + " starts on " + source)
          .isTrue();
      assertThat(onOrIn(shapes.get(target), points.get(points.size() - 1)))
          .as(flow.getId() + " ends on " + target)
          .isTrue();
      for (String other : ids) {
        if (other.equals(source) || other.equals(target) || attached(model, source, other)) {
          continue;
        }
        for (int k = 1; k < points.size(); k++) {
          assertThat(crosses(points.get(k - 1), points.get(k), shapes.get(other)))
              .as(flow.getId() + " crosses " + other)
              .isFalse();
        }
      }
    }
  }

  private static boolean attached(BpmnModelInstance model, String boundaryId, String taskId) {
    return model.getModelElementById(boundaryId) instanceof BoundaryEvent boundary
        && boundary.getAttachedTo().getId().equals(taskId);
  }

  private static boolean intersects(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth()
        && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight()
        && b.getY() < a.getY() + a.getHeight();
  }

  private static boolean onOrIn(Bounds b, Waypoint p) {
    double tolerance = 1;
    return p.getX() >= b.getX() - tolerance
        && p.getX() <= b.getX() + b.getWidth() + tolerance
        && p.getY() >= b.getY() - tolerance
        && p.getY() <= b.getY() + b.getHeight() + tolerance;
  }

  /** Whether the segment passes through the inside of the bounds (Liang-Barsky clipping). */
  private static boolean crosses(Waypoint from, Waypoint to, Bounds b) {
    double inset = 1;
    double x0 = from.getX();
    double y0 = from.getY();
    double dx = to.getX() - x0;
    double dy = to.getY() - y0;
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {
      x0 - (b.getX() + inset),
      b.getX() + b.getWidth() - inset - x0,
      y0 - (b.getY() + inset),
      b.getY() + b.getHeight() - inset - y0
    };
    double enter = 0;
    double leave = 1;
    for (int i = 0; i < 4; i++) {
      if (p[i] == 0) {
        if (q[i] < 0) {
          return false;
        }
      } else {
        double t = q[i] / p[i];
        if (p[i] < 0) {
          enter = Math.max(enter, t);
        } else {
          leave = Math.min(leave, t);
        }
      }
    }
    return enter < leave;
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
