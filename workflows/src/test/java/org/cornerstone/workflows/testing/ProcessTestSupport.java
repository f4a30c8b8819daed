package org.cornerstone.workflows.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.cornerstone.workflows.origination.TestProcessEngine;
import org.cornerstone.workflows.rules.Reviews;

/** Engine, job, task and history helpers shared by the process tests (one per test). */
public final class ProcessTestSupport {

  private final ProcessEngine engine;

  /** Wraps the engine and initialises the BPMN assertions on it. */
  public ProcessTestSupport(ProcessEngine engine) {
    this.engine = engine;
    AbstractAssertions.init(engine);
  }

  /** The JUnit extension running the tests on the shared PostgreSQL engine. */
  public static ProcessEngineExtension engineExtension() {
    return ProcessEngineExtension.builder().useProcessEngine(TestProcessEngine.get()).build();
  }

  /** Forgets the registered delegates and resets the engine clock. */
  public static void resetMocksAndClock() {
    Mocks.reset();
    ClockUtil.reset();
  }

  /** The open task of {@code key} in the process, or null. */
  public Task task(ProcessInstance process, String key) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(process.getId())
        .taskDefinitionKey(key)
        .singleResult();
  }

  /** Claims the open task of {@code key} for {@code user} and completes it with the variables. */
  public void claimAndComplete(
      ProcessInstance process, String key, String user, Map<String, Object> variables) {
    Task task = task(process, key);
    assertThat(task).as(key).isNotNull();
    engine.getTaskService().claim(task.getId(), user);
    engine.getTaskService().complete(task.getId(), variables);
  }

  public List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .toList();
  }

  /** The job (e.g. an asynchronous continuation) of {@code activityId}, or null. */
  public Job job(ProcessInstance process, String activityId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(process.getId())
        .activityId(activityId)
        .singleResult();
  }

  public void executeJob(ProcessInstance process, String activityId) {
    engine.getManagementService().executeJob(job(process, activityId).getId());
  }

  /** The one timer job of the process, or null. */
  public Job timer(ProcessInstance process) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(process.getId())
        .timers()
        .singleResult();
  }

  public List<Incident> incidents(ProcessInstance process) {
    return engine
        .getRuntimeService()
        .createIncidentQuery()
        .processInstanceId(process.getId())
        .list();
  }

  /** A process-scope variable (not an activity's mapping) from history; it must exist. */
  public Object historicVariable(ProcessInstance process, String name) {
    HistoricVariableInstance variable =
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(process.getId())
            .activityInstanceIdIn(process.getId())
            .variableName(name)
            .singleResult();
    assertThat(variable).as("historic variable %s", name).isNotNull();
    return variable.getValue();
  }

  /** The activity ids the process passed, in order. */
  public List<String> historicActivities(ProcessInstance process) {
    return engine
        .getHistoryService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(process.getId())
        .orderPartiallyByOccurrence()
        .asc()
        .list()
        .stream()
        .map(HistoricActivityInstance::getActivityId)
        .toList();
  }

  /**
   * Checks a review with a PT36H SLA that started at {@code now}: due date and timer as configured,
   * not overdue yet; then fires the timer 60 s after the deadline and checks that the same task
   * stays open, is marked overdue, keeps its own group and is offered to the senior trustees
   * (exactly once for this business key), and that the timer fired once.
   */
  public void assertEscalatesAfter36Hours(
      ProcessInstance process, String review, String businessKey, Instant now) {
    Task task = task(process, review);
    assertThat(task.getDueDate()).isEqualTo(Date.from(now.plus(Duration.ofHours(36))));
    Job timer = timer(process);
    assertThat(timer.getDuedate()).isEqualTo(Date.from(now.plus(Duration.ofHours(36))));
    assertThat(engine.getTaskService().getVariableLocal(task.getId(), Reviews.VAR_OVERDUE))
        .isNull();
    assertThat(candidateGroups(task)).doesNotContain(Reviews.GROUP_SENIOR_TRUSTEE);

    ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofHours(36)).plusSeconds(60)));
    engine.getManagementService().executeJob(timer.getId());

    BpmnAwareTests.assertThat(process).isWaitingAt(review);
    Task overdue = task(process, review);
    assertThat(overdue.getId()).isEqualTo(task.getId());
    assertThat(engine.getTaskService().getVariableLocal(task.getId(), Reviews.VAR_OVERDUE))
        .isEqualTo(true);
    assertThat(candidateGroups(task))
        .contains(Reviews.GROUP_SENIOR_TRUSTEE)
        .hasSize(2); // its own group stays
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskCandidateGroup(Reviews.GROUP_SENIOR_TRUSTEE)
                .processInstanceBusinessKey(businessKey)
                .count())
        .isEqualTo(1);
    assertThat(timer(process)).isNull(); // fired once
  }
}
