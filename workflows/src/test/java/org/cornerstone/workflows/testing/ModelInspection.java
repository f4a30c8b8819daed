package org.cornerstone.workflows.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;

/** Reads and checks details of a BPMN model shared by the model tests (no engine needed). */
public final class ModelInspection {

  private ModelInspection() {}

  /** Service task id to its {@code camunda:delegateExpression}. */
  public static Map<String, String> delegateExpressionsByServiceTask(BpmnModelInstance model) {
    return model.getModelElementsByType(ServiceTask.class).stream()
        .collect(Collectors.toMap(ServiceTask::getId, ServiceTask::getCamundaDelegateExpression));
  }

  /** {@code ${bean}}, the delegate expression naming a bean. */
  public static String expression(String bean) {
    return "${" + bean + "}";
  }

  /** Only {@code asyncTask} is asynchronous (before) and it retries on {@code retryCycle}. */
  public static void onlyServiceTaskIsAsyncWithRetryCycle(
      BpmnModelInstance model, String asyncTask, String retryCycle) {
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.isCamundaAsyncBefore())
          .as("asyncBefore of " + task.getId())
          .isEqualTo(task.getId().equals(asyncTask));
    }
    ServiceTask async = model.getModelElementById(asyncTask);
    assertThat(
            async
                .getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaFailedJobRetryTimeCycle.class)
                .list())
        .extracting(CamundaFailedJobRetryTimeCycle::getTextContent)
        .containsExactly(retryCycle);
  }
}
