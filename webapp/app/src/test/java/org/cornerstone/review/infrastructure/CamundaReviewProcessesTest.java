package org.cornerstone.review.infrastructure;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIncidentQuery;
import org.camunda.bpm.engine.runtime.IncidentQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.cornerstone.review.application.ReviewService;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whatever the engine trips over when another decision wins the race, the loser gets the 409. */
class CamundaReviewProcessesTest {
  private final CamundaReviewProcesses processes = new CamundaReviewProcesses();
  private final ProcessEngine engine = mock(ProcessEngine.class);
  private final TaskService tasks = mock(TaskService.class);
  private final TaskQuery query = mock(TaskQuery.class, RETURNS_SELF);

  @BeforeEach
  void wire() {
    processes.engine = engine;
    when(engine.getTaskService()).thenReturn(tasks);
    when(tasks.createTaskQuery()).thenReturn(query);
    Task task = mock(Task.class);
    when(query.singleResult()).thenReturn(task);
  }

  @Test
  void aNullProcessInstanceInsideClaimAfterTheWinnerCommittedIsAConflict() {
    // the task was read open; by the claim the winner had completed it (issue 20: was a 500)
    doThrow(new NullPointerException("Cannot invoke \"ExecutionEntity.getProcessInstance()\""))
        .when(tasks)
        .claim(anyString(), anyString());
    when(query.count()).thenReturn(0L);
    assertThatThrownBy(() -> processes.complete("t1", "tina", Map.of()))
        .isInstanceOf(ConflictException.class)
        .hasMessage(ReviewService.TASK_GONE);
    assertThatThrownBy(() -> processes.claim("t1", "tina"))
        .isInstanceOf(ConflictException.class)
        .hasMessage(ReviewService.TASK_GONE);
  }

  @Test
  void aRefusalOfTheModelOnAnOpenTaskStaysAValidationProblem() {
    doThrow(new ProcessEngineException("Four eyes")).when(tasks).complete(anyString(), any());
    when(query.count()).thenReturn(1L);
    assertThatThrownBy(() -> processes.complete("t1", "tina", Map.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Four eyes");
  }

  @Test
  void anIncidentThatNeverExistedIsNotFound() {
    RuntimeService runtime = mock(RuntimeService.class);
    IncidentQuery incidents = mock(IncidentQuery.class, RETURNS_SELF);
    when(engine.getRuntimeService()).thenReturn(runtime);
    when(runtime.createIncidentQuery()).thenReturn(incidents);
    when(incidents.singleResult()).thenReturn(null);
    HistoryService history = mock(HistoryService.class);
    HistoricIncidentQuery past = mock(HistoricIncidentQuery.class, RETURNS_SELF);
    when(engine.getHistoryService()).thenReturn(history);
    when(history.createHistoricIncidentQuery()).thenReturn(past);
    when(past.count()).thenReturn(0L, 1L);
    assertThatThrownBy(() -> processes.retryIncident("nope"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("There is no incident nope.");
    assertThatThrownBy(() -> processes.retryIncident("resolved"))
        .isInstanceOf(ConflictException.class)
        .hasMessage(CamundaReviewProcesses.INCIDENT_GONE);
  }
}
