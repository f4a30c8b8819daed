package org.cornerstone.workflows.rules;

import static org.cornerstone.workflows.rules.Reviews.VAR_DECISION;
import static org.cornerstone.workflows.rules.Reviews.VAR_REVIEWED_BY;
import static org.cornerstone.workflows.rules.Reviews.VAR_REVIEW_COMMENT;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Arrays;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Task listener of every review task.
 *
 * <ul>
 *   <li>{@code create}: clears the previous review's {@code decision} and {@code reviewComment}, so
 *       a completion without a decision cannot reuse an earlier one;
 *   <li>{@code complete}: the task must be claimed (the assignee is the reviewer of record, written
 *       to {@code reviewedBy}), {@code decision} one of {@link ReviewDecision}, and a send-back or
 *       rejection must carry a comment. Otherwise the completion fails and the task stays open.
 * </ul>
 */
@Named(Reviews.BEAN_REVIEW_DECISION_GUARD)
@Dependent
public class ReviewDecisionListener implements TaskListener {

  public static final String NOT_CLAIMED =
      "A review task must be claimed before it is completed: the assignee is the reviewer of record";

  public static final String MISSING_DECISION =
      "A review needs a decision, one of " + Arrays.toString(ReviewDecision.values());

  public static final String MISSING_COMMENT =
      "Sending back or rejecting needs a comment: it is what the originator is shown";

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        task.getExecution().removeVariable(VAR_DECISION);
        task.getExecution().removeVariable(VAR_REVIEW_COMMENT);
      }
      case EVENTNAME_COMPLETE -> check(task);
      default -> {
        // other events are not this listener's business
      }
    }
  }

  private static void check(DelegateTask task) {
    String reviewer = task.getAssignee();
    if (reviewer == null || reviewer.isBlank()) {
      throw new ProcessEngineException(NOT_CLAIMED + " (task " + task.getId() + ")");
    }
    ReviewDecision decision = decisionOf(task.getVariable(VAR_DECISION));
    if (decision != ReviewDecision.APPROVE
        && !(task.getVariable(VAR_REVIEW_COMMENT) instanceof String comment
            && !comment.isBlank())) {
      throw new ProcessEngineException(MISSING_COMMENT + " (decision " + decision + ")");
    }
    task.getExecution().setVariable(VAR_REVIEWED_BY, reviewer);
  }

  private static ReviewDecision decisionOf(Object value) {
    if (value instanceof String name) {
      for (ReviewDecision decision : ReviewDecision.values()) {
        if (decision.name().equals(name)) {
          return decision;
        }
      }
    }
    throw new ProcessEngineException(MISSING_DECISION + " but is " + value);
  }
}
