package org.cornerstone.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.cornerstone.review.application.Incident;
import org.cornerstone.review.application.LockedJob;
import org.cornerstone.review.application.ProcessDefinition;
import org.cornerstone.review.application.ProcessHistory;
import org.cornerstone.review.application.ProcessOperations;
import org.cornerstone.review.application.ProcessStep;
import org.cornerstone.review.application.ReviewService;
import org.cornerstone.review.application.ReviewTask;
import org.cornerstone.review.application.ReviewTasks;
import org.cornerstone.review.application.RunningProcess;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.workflows.rules.Reviews;

/**
 * The review context's process ports ({@link ReviewTasks}, {@link ProcessHistory}, {@link
 * ProcessOperations}) on the embedded Camunda 7 engine, for every review process.
 */
@ApplicationScoped
public class CamundaReviewProcesses implements ReviewTasks, ProcessHistory, ProcessOperations {
  static final String TASK_GONE = ReviewService.TASK_GONE;
  static final String TASK_TAKEN = "This task is claimed by another reviewer.";
  static final String INCIDENT_GONE = "This incident is already resolved.";
  static final String NO_SUCH_INCIDENT = "There is no incident %s.";
  private static final Logger LOG = Logger.getLogger(CamundaReviewProcesses.class.getName());
  static final String FIRST_TRUSTEE_APPROVER = "firstTrusteeApprover";

  @Inject ProcessEngine engine;

  @Override
  public List<ReviewTask> openReviewTasks(List<String> candidateGroups) {
    if (candidateGroups.isEmpty()) {
      return List.of();
    }
    TaskService service = engine.getTaskService();
    List<Task> tasks =
        service
            .createTaskQuery()
            .taskCandidateGroupIn(candidateGroups)
            .includeAssignedTasks()
            .active()
            .orderByTaskCreateTime()
            .asc()
            .list();
    if (tasks.isEmpty()) {
      return List.of();
    }
    // the tasks' candidate groups among those asked for: one query per group, not one per task
    Map<String, List<String>> groupsOf = new HashMap<>();
    for (String group : candidateGroups) {
      for (Task task :
          service
              .createTaskQuery()
              .taskCandidateGroup(group)
              .includeAssignedTasks()
              .active()
              .list()) {
        groupsOf.computeIfAbsent(task.getId(), id -> new ArrayList<>()).add(group);
      }
    }
    return toTasks(tasks, task -> groupsOf.getOrDefault(task.getId(), List.of()));
  }

  @Override
  public List<ReviewTask> tasksAssignedTo(String userId) {
    return toTasks(
        engine
            .getTaskService()
            .createTaskQuery()
            .taskAssignee(userId)
            .active()
            .orderByTaskCreateTime()
            .asc()
            .list(),
        this::candidateGroups);
  }

  @Override
  public Optional<ReviewTask> reviewTask(String taskId) {
    return Optional.ofNullable(
            engine.getTaskService().createTaskQuery().taskId(taskId).active().singleResult())
        .map(t -> toTasks(List.of(t), this::candidateGroups).get(0));
  }

  @Override
  public boolean taskExisted(String taskId) {
    return engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0
        || engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
  }

  @Override
  public Optional<ReviewTask> openTask(String businessKey, String taskKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey)
        .active()
        .list()
        .stream()
        .findFirst()
        .map(t -> toTasks(List.of(t), this::candidateGroups).get(0));
  }

  @Override
  public void complete(String taskId, String userId, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new ConflictException(TASK_GONE);
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(userId)) {
      throw new ConflictException(TASK_TAKEN);
    }
    try {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(taskId, userId);
      }
      engine.getTaskService().complete(taskId, variables);
    } catch (TaskAlreadyClaimedException e) {
      throw new ConflictException(TASK_TAKEN, e);
    } catch (OptimisticLockingException e) {
      throw new ConflictException(TASK_GONE, e);
    } catch (RuntimeException e) {
      // Another decision completed the task between our read and our write: whatever the engine
      // tripped over (a missing task, a process instance already gone), the answer is a conflict.
      if (!stillOpen(taskId, e)) {
        throw new ConflictException(TASK_GONE, e);
      }
      if (e instanceof ProcessEngineException) {
        // A listener of the model refused the completion (four eyes, missing figures, ...).
        throw new ValidationException(e.getMessage());
      }
      throw e;
    }
  }

  /** Whether the task is still open after the engine failed on it (a failed query: no). */
  private boolean stillOpen(String taskId, RuntimeException failure) {
    try {
      return engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not re-read task " + taskId + " after " + failure, e);
      return false;
    }
  }

  @Override
  public void claim(String taskId, String userId) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new ConflictException(TASK_GONE);
    }
    if (userId.equals(task.getAssignee())) {
      return;
    }
    if (task.getAssignee() != null) {
      throw new ConflictException(TASK_TAKEN);
    }
    try {
      engine.getTaskService().claim(taskId, userId);
    } catch (TaskAlreadyClaimedException e) {
      throw new ConflictException(TASK_TAKEN, e);
    } catch (RuntimeException e) {
      if (!stillOpen(taskId, e)) {
        throw new ConflictException(TASK_GONE, e);
      }
      throw e;
    }
  }

  @Override
  public void unclaim(String taskId, String userId) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new ConflictException(TASK_GONE);
    }
    if (task.getAssignee() == null) {
      return;
    }
    if (!userId.equals(task.getAssignee())) {
      throw new ConflictException(TASK_TAKEN);
    }
    engine.getTaskService().setAssignee(taskId, null);
  }

  /**
   * The named steps the instance went through, oldest first. A gateway that only merges flows
   * (several in, one out; bpmnlint wants one before every task that is entered more than once) is
   * not a step a person took or waited for, so it is left out.
   */
  @Override
  public List<ProcessStep> history(String processInstanceId) {
    HistoryService history = engine.getHistoryService();
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .orderPartiallyByOccurrence()
        .asc()
        .list()
        .stream()
        .filter(a -> a.getActivityName() != null)
        .filter(a -> !isMergingGateway(a))
        .map(CamundaReviewProcesses::toStep)
        .toList();
  }

  private boolean isMergingGateway(HistoricActivityInstance activity) {
    if (activity.getActivityType() == null || !activity.getActivityType().endsWith("Gateway")) {
      return false;
    }
    // the deployed model is cached by the engine
    BpmnModelInstance model =
        engine.getRepositoryService().getBpmnModelInstance(activity.getProcessDefinitionId());
    return model.getModelElementById(activity.getActivityId()) instanceof Gateway gateway
        && gateway.getIncoming().size() > 1
        && gateway.getOutgoing().size() == 1;
  }

  @Override
  public Optional<ProcessDefinition> definitionOf(String processInstanceId) {
    return processDefinitionId(processInstanceId)
        .map(
            id ->
                engine
                    .getRepositoryService()
                    .createProcessDefinitionQuery()
                    .processDefinitionId(id)
                    .singleResult())
        .map(d -> new ProcessDefinition(d.getId(), d.getKey(), d.getName(), d.getVersion()));
  }

  @Override
  public Optional<String> diagram(String processDefinitionId) {
    try (InputStream xml = engine.getRepositoryService().getProcessModel(processDefinitionId)) {
      return Optional.of(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
    } catch (ProcessEngineException | IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<String> activeElements(String processInstanceId) {
    if (engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .count()
        == 0) {
      return List.of();
    }
    return engine.getRuntimeService().getActiveActivityIds(processInstanceId);
  }

  @Override
  public List<String> failedElements(String processInstanceId) {
    return engine
        .getRuntimeService()
        .createIncidentQuery()
        .processInstanceId(processInstanceId)
        .list()
        .stream()
        .map(org.camunda.bpm.engine.runtime.Incident::getActivityId)
        .distinct()
        .toList();
  }

  @Override
  public Optional<String> processDefinitionId(String processInstanceId) {
    return Optional.ofNullable(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult())
        .map(p -> p.getProcessDefinitionId());
  }

  @Override
  public List<RunningProcess> runningProcesses() {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .active()
        .orderByProcessInstanceId()
        .asc()
        .list()
        .stream()
        .map(
            p ->
                new RunningProcess(
                    p.getId(),
                    definitionKey(p.getProcessDefinitionId()),
                    p.getBusinessKey(),
                    startTime(p.getId()),
                    engine.getRuntimeService().getActiveActivityIds(p.getId()),
                    engine
                        .getRuntimeService()
                        .createIncidentQuery()
                        .processInstanceId(p.getId())
                        .count()))
        .toList();
  }

  @Override
  public List<Incident> incidents() {
    return engine
        .getRuntimeService()
        .createIncidentQuery()
        .orderByIncidentTimestamp()
        .asc()
        .list()
        .stream()
        .map(
            i ->
                new Incident(
                    i.getId(),
                    i.getProcessInstanceId(),
                    businessKey(i.getProcessInstanceId()),
                    i.getActivityId(),
                    i.getIncidentMessage(),
                    toInstant(i.getIncidentTimestamp())))
        .toList();
  }

  @Override
  public List<LockedJob> lockedJobs() {
    var management = engine.getManagementService();
    var configuration =
        (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
            engine.getProcessEngineConfiguration();
    String liveOwner =
        configuration.getJobExecutor() == null
            ? null
            : configuration.getJobExecutor().getLockOwner();
    java.util.Date now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
    // the job query has no lock filter; the platform keeps few jobs (one timer per open review)
    return management.createJobQuery().list().stream()
        .map(j -> (org.camunda.bpm.engine.impl.persistence.entity.JobEntity) j)
        .filter(j -> j.getLockOwner() != null)
        .sorted(
            java.util.Comparator.comparing(
                org.camunda.bpm.engine.impl.persistence.entity.JobEntity::getLockExpirationTime,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
        .map(
            j -> {
              boolean alive = j.getLockOwner().equals(liveOwner);
              boolean expired =
                  j.getLockExpirationTime() != null && j.getLockExpirationTime().before(now);
              return new LockedJob(
                  j.getId(),
                  j.getProcessInstanceId(),
                  j.getProcessInstanceId() == null ? null : businessKey(j.getProcessInstanceId()),
                  activityOf(j.getJobDefinitionId()),
                  j.getLockOwner(),
                  toInstant(j.getLockExpirationTime()),
                  j.getRetries(),
                  alive,
                  !alive || expired);
            })
        .toList();
  }

  /** The step a job belongs to (read through its job definition, outside a command context). */
  private String activityOf(String jobDefinitionId) {
    if (jobDefinitionId == null) {
      return null;
    }
    var definition =
        engine
            .getManagementService()
            .createJobDefinitionQuery()
            .jobDefinitionId(jobDefinitionId)
            .singleResult();
    return definition == null ? null : definition.getActivityId();
  }

  @Override
  public void retryIncident(String incidentId) {
    var incident =
        engine.getRuntimeService().createIncidentQuery().incidentId(incidentId).singleResult();
    if (incident == null) {
      boolean existed =
          engine.getHistoryService().createHistoricIncidentQuery().incidentId(incidentId).count()
              > 0;
      throw existed
          ? new ConflictException(INCIDENT_GONE)
          : new NotFoundException(String.format(NO_SUCH_INCIDENT, incidentId));
    }
    engine.getManagementService().setJobRetries(incident.getConfiguration(), 1);
  }

  private String businessKey(String processInstanceId) {
    return Optional.ofNullable(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult())
        .map(ProcessInstance::getBusinessKey)
        .orElse(null);
  }

  private Instant startTime(String processInstanceId) {
    return Optional.ofNullable(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult())
        .map(h -> toInstant(h.getStartTime()))
        .orElse(null);
  }

  private static String definitionKey(String processDefinitionId) {
    int colon = processDefinitionId.indexOf(':');
    return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
  }

  /** A task's candidate groups: one query (for single tasks and short lists). */
  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  /**
   * The tasks with their business keys and review variables, read for all of them at once: one
   * process-instance query and one variable query, whatever the number of tasks (the inbox polls
   * this; it used to cost three queries per task).
   */
  private List<ReviewTask> toTasks(List<Task> tasks, Function<Task, List<String>> groupsOf) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    RuntimeService runtime = engine.getRuntimeService();
    Set<String> processIds = new HashSet<>();
    tasks.forEach(t -> processIds.add(t.getProcessInstanceId()));
    Map<String, String> businessKeys = new HashMap<>();
    for (ProcessInstance p :
        runtime.createProcessInstanceQuery().processInstanceIds(processIds).list()) {
      businessKeys.put(p.getId(), p.getBusinessKey());
    }
    ReviewVariables variables =
        new ReviewVariables(
            runtime
                .createVariableInstanceQuery()
                .processInstanceIdIn(processIds.toArray(String[]::new))
                .variableNameIn(ReviewVariables.NAMES.toArray(String[]::new))
                .disableCustomObjectDeserialization()
                .list());
    List<ReviewTask> result = new ArrayList<>();
    for (Task task : tasks) {
      List<String> groups = groupsOf.apply(task);
      result.add(
          new ReviewTask(
              task.getId(),
              task.getTaskDefinitionKey(),
              task.getName(),
              definitionKey(task.getProcessDefinitionId()),
              task.getProcessInstanceId(),
              businessKeys.get(task.getProcessInstanceId()),
              groups,
              task.getAssignee(),
              toInstant(task.getCreateTime()),
              toInstant(task.getDueDate()),
              Boolean.TRUE.equals(variables.of(task, Reviews.VAR_OVERDUE))
                  || groups.contains(Reviews.GROUP_SENIOR_TRUSTEE),
              (String) variables.of(task, FIRST_TRUSTEE_APPROVER),
              (String) variables.of(task, Reviews.VAR_REWORK_COMMENT)));
    }
    return result;
  }

  private static ProcessStep toStep(HistoricActivityInstance a) {
    return new ProcessStep(
        a.getActivityId(),
        a.getActivityName(),
        a.getActivityType(),
        toInstant(a.getStartTime()),
        toInstant(a.getEndTime()),
        a.getAssignee());
  }

  private static Instant toInstant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
