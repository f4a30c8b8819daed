package org.cornerstone.origination.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cornerstone.origination.domain.AssetKind;

/** The onboarding workflow as the application sees it (Camunda behind it). */
public interface OnboardingProcess {
  /** Starts onboarding for an asset; the asset id is the business key. Returns the instance id. */
  String start(String assetId, AssetKind kind);

  /** Open review tasks that users of the given groups may work on, oldest first. */
  List<ReviewTask> openReviewTasks(List<String> candidateGroups);

  Optional<ReviewTask> reviewTask(String taskId);

  /**
   * Completes a review task as the given user. Fails with a {@link
   * org.cornerstone.shared.ConflictException} when the task is gone (already completed) or is
   * claimed by someone else.
   */
  void completeReview(String taskId, String userId, boolean approved, String comment);

  /** Takes a review task for this user; fails with a conflict when someone else has it. */
  void claim(String taskId, String userId);

  /** Gives a claimed task back to its group; only the user who claimed it can. */
  void unclaim(String taskId, String userId);

  /** The steps the asset's process has been through, in order. */
  List<ProcessStep> history(String processInstanceId);

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

  /** A user task waiting for a reviewer. */
  record ReviewTask(
      String taskId,
      String name,
      String assetId,
      String candidateGroup,
      String assignee,
      Instant created,
      Instant due) {}

  /** One activity of a process instance. */
  record ProcessStep(
      String activityId, String name, String type, Instant started, Instant ended, String by) {}

  /** A process instance that has not ended. */
  record RunningProcess(
      String processInstanceId,
      String processDefinitionKey,
      String businessKey,
      Instant started,
      List<String> currentActivities,
      long incidents) {}
}
