package org.cornerstone.review.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review inbox port: open tasks of every review process (asset and investor onboarding share
 * one task model), claiming and completing them. Camunda is behind it.
 */
public interface ReviewTasks {
  /** Open tasks that users of the given groups may work on (claimed or not), oldest first. */
  List<ReviewTask> openReviewTasks(List<String> candidateGroups);

  /** Open tasks assigned to this user (e.g. a send-back waiting for the originator). */
  List<ReviewTask> tasksAssignedTo(String userId);

  Optional<ReviewTask> reviewTask(String taskId);

  /**
   * Whether a task with this id ever existed, open or completed: a decision on a task that never
   * existed is a 404, on a completed one a 409.
   */
  boolean taskExisted(String taskId);

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
}
