package org.cornerstone.review.infrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.cornerstone.workflows.rules.Reviews;

/**
 * The review variables of many process instances, read in one query and resolved per task the way
 * {@code TaskService.getVariable} resolves them: the task's own (local) variable first, then its
 * execution's, then the process instance's. (The review models set these variables on the task or
 * on the process instance; none sits in an intermediate scope.)
 */
final class ReviewVariables {
  static final List<String> NAMES =
      List.of(
          Reviews.VAR_OVERDUE,
          CamundaReviewProcesses.FIRST_TRUSTEE_APPROVER,
          Reviews.VAR_REWORK_COMMENT);

  private final Map<String, List<VariableInstance>> byProcess = new HashMap<>();

  ReviewVariables(List<VariableInstance> variables) {
    for (VariableInstance v : variables) {
      byProcess.computeIfAbsent(v.getProcessInstanceId(), id -> new ArrayList<>()).add(v);
    }
  }

  /** The value {@code task} sees for {@code name}, or null. */
  Object of(Task task, String name) {
    VariableInstance best = null;
    int bestRank = 0;
    for (VariableInstance v : byProcess.getOrDefault(task.getProcessInstanceId(), List.of())) {
      if (!name.equals(v.getName())) {
        continue;
      }
      int rank = rank(task, v);
      if (rank > bestRank) {
        best = v;
        bestRank = rank;
      }
    }
    return best == null ? null : best.getValue();
  }

  /** 3 the task's own, 2 its execution's, 1 the process instance's, 0 not visible to it. */
  private static int rank(Task task, VariableInstance v) {
    if (v.getTaskId() != null) {
      return v.getTaskId().equals(task.getId()) ? 3 : 0;
    }
    if (v.getExecutionId() != null && v.getExecutionId().equals(task.getExecutionId())) {
      return 2;
    }
    return v.getProcessInstanceId().equals(v.getExecutionId()) ? 1 : 0;
  }
}
