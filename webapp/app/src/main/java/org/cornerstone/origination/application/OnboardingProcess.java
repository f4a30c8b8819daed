package org.cornerstone.origination.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.origination.domain.Asset;

/**
 * The onboarding workflows as the application sees them (Camunda behind it): the asset processes
 * (real estate, copyright) and investor onboarding share one task model.
 */
public interface OnboardingProcess {
  /** Starts the asset's onboarding process; the asset id is the business key. */
  String start(Asset asset);

  /** Open tasks that users of the given groups may work on (claimed or not), oldest first. */
  List<ReviewTask> openReviewTasks(List<String> candidateGroups);

  /** Open tasks assigned to this user (e.g. a send-back waiting for the originator). */
  List<ReviewTask> tasksAssignedTo(String userId);

  Optional<ReviewTask> reviewTask(String taskId);

  /** The open task of this element in the process of this business key, if any. */
  Optional<ReviewTask> openTask(String businessKey, String taskKey);

  /**
   * Completes a task as the given user with these variables. Claims it first if nobody has it.
   * Fails with a {@link org.cornerstone.shared.ConflictException} when the task is gone (already
   * completed) or claimed by someone else, and with a {@link
   * org.cornerstone.shared.ValidationException} when the process refuses the completion (e.g. the
   * four-eyes rule).
   */
  void complete(String taskId, String userId, Map<String, Object> variables);

  /** Takes a task for this user; fails with a conflict when someone else has it. */
  void claim(String taskId, String userId);

  /** Gives a claimed task back to its group; only the user who claimed it can. */
  void unclaim(String taskId, String userId);

  /** The steps the process has been through, in order. */
  List<ProcessStep> history(String processInstanceId);

  /** The process definition an instance runs (it keeps it when a newer version is deployed). */
  Optional<ProcessDefinition> definitionOf(String processInstanceId);

  /** The BPMN 2.0 XML of a process definition, for drawing it. */
  Optional<String> diagram(String processDefinitionId);

  /** Elements the instance currently waits in (empty when it has ended). */
  List<String> activeElements(String processInstanceId);

  /** The elements of the instance's process whose job failed and became an incident. */
  List<String> failedElements(String processInstanceId);

  Optional<String> processDefinitionId(String processInstanceId);

  List<RunningProcess> runningProcesses();

  /** Open incidents: steps whose retries are used up and that wait for a person. */
  List<Incident> incidents();

  /**
   * Gives the failed step of an incident another try (the job executor runs it again at once).
   * Fails with a {@link org.cornerstone.shared.ConflictException} when the incident is already
   * resolved.
   */
  void retryIncident(String incidentId);

  /** A step that failed after all its retries. */
  record Incident(
      String incidentId,
      String processInstanceId,
      String businessKey,
      String activityId,
      String message,
      Instant since) {}

  /**
   * A user task: a review waiting for a group, or a task assigned to one person.
   *
   * @param taskKey the element id in the model, e.g. {@code legalReview}
   * @param overdue its SLA expired and it was escalated to the senior trustees
   * @param firstTrusteeApprover who gave the first trustee approval, if anyone has
   * @param reworkComment what a reviewer asked the originator (or investor) to fix, if sent back
   */
  record ReviewTask(
      String taskId,
      String taskKey,
      String name,
      String processKey,
      String processInstanceId,
      String businessKey,
      List<String> candidateGroups,
      String assignee,
      Instant created,
      Instant due,
      boolean overdue,
      String firstTrusteeApprover,
      String reworkComment) {}

  /** One activity of a process instance. */
  record ProcessStep(
      String activityId, String name, String type, Instant started, Instant ended, String by) {}

  /** A deployed version of a process model. */
  record ProcessDefinition(String id, String key, String name, int version) {}

  /** A process instance that has not ended. */
  record RunningProcess(
      String processInstanceId,
      String processDefinitionKey,
      String businessKey,
      Instant started,
      List<String> currentActivities,
      long incidents) {}
}
