package org.cornerstone.origination.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.cornerstone.origination.application.OnboardingProcess;
import org.cornerstone.origination.domain.AssetKind;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.workflows.origination.RealEstateOnboarding;

/** {@link OnboardingProcess} on the embedded Camunda 7 engine. */
@ApplicationScoped
public class CamundaOnboardingProcess implements OnboardingProcess {
  static final String TASK_GONE = "This task is no longer open: it was already completed.";
  static final String TASK_TAKEN = "This task is claimed by another reviewer.";
  static final String INCIDENT_GONE = "This incident is already resolved.";

  @Inject ProcessEngine engine;

  @Override
  public String start(String assetId, AssetKind kind) {
    if (kind != AssetKind.REAL_ESTATE) {
      throw new UnsupportedOperationException(
          "No onboarding process for " + kind.label() + " yet.");
    }
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                RealEstateOnboarding.PROCESS_KEY,
                assetId,
                RealEstateOnboarding.startVariables(assetId));
    return instance.getId();
  }

  @Override
  public List<ReviewTask> openReviewTasks(List<String> candidateGroups) {
    if (candidateGroups.isEmpty()) {
      return List.of();
    }
    return engine
        .getTaskService()
        .createTaskQuery()
        .taskCandidateGroupIn(candidateGroups)
        .includeAssignedTasks()
        .active()
        .orderByTaskCreateTime()
        .asc()
        .list()
        .stream()
        .map(this::toReviewTask)
        .toList();
  }

  @Override
  public Optional<ReviewTask> reviewTask(String taskId) {
    return Optional.ofNullable(
            engine.getTaskService().createTaskQuery().taskId(taskId).active().singleResult())
        .map(this::toReviewTask);
  }

  @Override
  public void completeReview(String taskId, String userId, boolean approved, String comment) {
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
      engine
          .getTaskService()
          .complete(
              taskId,
              Map.of(
                  RealEstateOnboarding.VAR_APPROVED, approved,
                  RealEstateOnboarding.VAR_REVIEW_COMMENT, comment == null ? "" : comment,
                  RealEstateOnboarding.VAR_REVIEWED_BY, userId));
    } catch (TaskAlreadyClaimedException e) {
      throw new ConflictException(TASK_TAKEN, e);
    } catch (OptimisticLockingException e) {
      throw new ConflictException(TASK_GONE, e);
    } catch (ProcessEngineException e) {
      if (engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
        throw new ConflictException(TASK_GONE, e);
      }
      throw e;
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
        .map(CamundaOnboardingProcess::toStep)
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
  public void retryIncident(String incidentId) {
    var incident =
        engine.getRuntimeService().createIncidentQuery().incidentId(incidentId).singleResult();
    if (incident == null) {
      throw new ConflictException(INCIDENT_GONE);
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

  private ReviewTask toReviewTask(Task task) {
    String assetId =
        (String)
            engine.getTaskService().getVariable(task.getId(), RealEstateOnboarding.VAR_ASSET_ID);
    String group =
        engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
            .map(IdentityLink::getGroupId)
            .filter(g -> g != null)
            .findFirst()
            .orElse(null);
    return new ReviewTask(
        task.getId(),
        task.getName(),
        assetId,
        group,
        task.getAssignee(),
        toInstant(task.getCreateTime()),
        toInstant(task.getDueDate()));
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
