package org.cornerstone.review.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.cornerstone.review.application.ReviewTask;
import org.cornerstone.workflows.rules.Reviews;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inbox (polled by every open review screen and the navigation badge) reads its tasks with a
 * fixed number of engine queries, however many tasks there are (issue 15: it used to cost three per
 * task), and still sees each task's variables as the engine would.
 */
class CamundaInboxQueriesTest {
  private static final int TASKS = 40;

  private final CamundaReviewProcesses processes = new CamundaReviewProcesses();
  private final TaskService taskService = mock(TaskService.class);
  private final RuntimeService runtime = mock(RuntimeService.class);
  private final TaskQuery all = mock(TaskQuery.class, RETURNS_SELF);
  private final TaskQuery trustees = mock(TaskQuery.class, RETURNS_SELF);
  private final TaskQuery seniors = mock(TaskQuery.class, RETURNS_SELF);
  private final List<Task> tasks = new ArrayList<>();
  private final List<VariableInstance> variables = new ArrayList<>();

  @BeforeEach
  void wire() {
    ProcessEngine engine = mock(ProcessEngine.class);
    processes.engine = engine;
    when(engine.getTaskService()).thenReturn(taskService);
    when(engine.getRuntimeService()).thenReturn(runtime);
    when(taskService.createTaskQuery()).thenReturn(all);
    when(all.taskCandidateGroup("trustee")).thenReturn(trustees);
    when(all.taskCandidateGroup(Reviews.GROUP_SENIOR_TRUSTEE)).thenReturn(seniors);
    List<ProcessInstance> instances = new ArrayList<>();
    for (int i = 0; i < TASKS; i++) {
      tasks.add(task("t" + i, "p" + i));
      ProcessInstance p = mock(ProcessInstance.class);
      when(p.getId()).thenReturn("p" + i);
      when(p.getBusinessKey()).thenReturn("RE-" + i);
      instances.add(p);
    }
    when(all.list()).thenReturn(tasks);
    when(trustees.list()).thenReturn(tasks);
    when(seniors.list()).thenReturn(List.of(tasks.get(3)));
    ProcessInstanceQuery byIds = mock(ProcessInstanceQuery.class, RETURNS_SELF);
    when(runtime.createProcessInstanceQuery()).thenReturn(byIds);
    when(byIds.list()).thenReturn(instances);
    VariableInstanceQuery values = mock(VariableInstanceQuery.class, RETURNS_SELF);
    when(runtime.createVariableInstanceQuery()).thenReturn(values);
    when(values.list()).thenReturn(variables);
  }

  @Test
  void theInboxCostsTheSameFewQueriesForFortyTasksAsForOne() {
    List<ReviewTask> inbox =
        processes.openReviewTasks(List.of("trustee", Reviews.GROUP_SENIOR_TRUSTEE));

    assertThat(inbox).hasSize(TASKS);
    assertThat(inbox.get(7).businessKey()).isEqualTo("RE-7");
    verify(taskService, times(3)).createTaskQuery(); // the tasks, then one per group asked for
    verify(runtime, times(1)).createProcessInstanceQuery();
    verify(runtime, times(1)).createVariableInstanceQuery();
    verify(taskService, never()).getIdentityLinksForTask(anyString());
    verify(taskService, never()).getVariables(anyString(), anyCollection());
    verify(runtime, never()).getVariables(anyString(), any(java.util.Collection.class));
  }

  @Test
  void eachTaskSeesItsOwnVariableFirstThenItsProcessInstancesAndNeverAnotherTasks() {
    variable(Reviews.VAR_OVERDUE, true, "p0", "p0", "t0"); // escalated: local to the task
    variable(Reviews.VAR_OVERDUE, true, "p1", "p1", "an-earlier-task"); // not this task's
    variable(CamundaReviewProcesses.FIRST_TRUSTEE_APPROVER, "tom", "p1", "p1", null);
    variable(Reviews.VAR_REWORK_COMMENT, "process-wide", "p2", "p2", null);
    variable(Reviews.VAR_REWORK_COMMENT, "on the task", "p2", "p2", "t2");

    List<ReviewTask> inbox =
        processes.openReviewTasks(List.of("trustee", Reviews.GROUP_SENIOR_TRUSTEE));

    assertThat(inbox.get(0).overdue()).isTrue();
    assertThat(inbox.get(1).overdue()).isFalse();
    assertThat(inbox.get(1).firstTrusteeApprover()).isEqualTo("tom");
    assertThat(inbox.get(0).firstTrusteeApprover()).isNull(); // another process instance's
    assertThat(inbox.get(2).reworkComment()).isEqualTo("on the task");
    assertThat(inbox.get(3).candidateGroups())
        .containsExactly("trustee", Reviews.GROUP_SENIOR_TRUSTEE);
    assertThat(inbox.get(3).overdue()).isTrue(); // a senior trustee's task is an escalation
    assertThat(inbox.get(4).candidateGroups()).containsExactly("trustee");
  }

  private static Task task(String id, String processInstanceId) {
    Task task = mock(Task.class);
    when(task.getId()).thenReturn(id);
    when(task.getProcessInstanceId()).thenReturn(processInstanceId);
    when(task.getExecutionId()).thenReturn(processInstanceId);
    when(task.getProcessDefinitionId()).thenReturn("real-estate-onboarding:3:abc");
    when(task.getTaskDefinitionKey()).thenReturn("trusteeApproval");
    return task;
  }

  private void variable(
      String name, Object value, String processId, String executionId, String taskId) {
    VariableInstance v = mock(VariableInstance.class);
    when(v.getName()).thenReturn(name);
    when(v.getValue()).thenReturn(value);
    when(v.getProcessInstanceId()).thenReturn(processId);
    when(v.getExecutionId()).thenReturn(executionId);
    when(v.getTaskId()).thenReturn(taskId);
    variables.add(v);
  }
}
