package org.cornerstone.workflows.rules;

import static org.cornerstone.workflows.rules.Reviews.GROUP_SENIOR_TRUSTEE;
import static org.cornerstone.workflows.rules.Reviews.VAR_OVERDUE;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/**
 * Execution listener ({@code start}) of the non-interrupting SLA timer attached to a review task:
 * the open task of that review gets the candidate group {@value Reviews#GROUP_SENIOR_TRUSTEE} and
 * the task-local variable {@code overdue = true}. The review itself goes on.
 */
@Named(Reviews.BEAN_ESCALATE_OVERDUE_REVIEW)
@Dependent
public class EscalateOverdueReviewListener implements ExecutionListener {

  public static final String NOT_ON_A_BOUNDARY_EVENT =
      "The overdue escalation listener belongs on a boundary timer attached to a review task, not on ";

  @Override
  public void notify(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    if (!(element instanceof BoundaryEvent boundary) || boundary.getAttachedTo() == null) {
      throw new ProcessEngineException(NOT_ON_A_BOUNDARY_EVENT + execution.getCurrentActivityId());
    }
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task :
        tasks
            .createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(boundary.getAttachedTo().getId())
            .list()) {
      tasks.addCandidateGroup(task.getId(), GROUP_SENIOR_TRUSTEE);
      tasks.setVariableLocal(task.getId(), VAR_OVERDUE, Boolean.TRUE);
    }
  }
}
