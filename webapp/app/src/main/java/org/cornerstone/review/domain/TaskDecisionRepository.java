package org.cornerstone.review.domain;

import java.util.List;

/** Where the decisions of every review are kept: the audit trail of due diligence. */
public interface TaskDecisionRepository {
  /** Every decision on the subject (asset or investor id), oldest first. */
  List<TaskDecision> decisionsOn(String subjectId);

  void add(TaskDecision decision);

  /** Whether a decision on this task was already recorded (a double submit). */
  boolean decisionRecorded(String taskId);
}
