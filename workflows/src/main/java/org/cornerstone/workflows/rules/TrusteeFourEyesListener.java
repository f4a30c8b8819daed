package org.cornerstone.workflows.rules;

import static org.cornerstone.workflows.rules.Reviews.TASK_FIRST_TRUSTEE_APPROVAL;
import static org.cornerstone.workflows.rules.Reviews.TASK_SECOND_TRUSTEE_APPROVAL;
import static org.cornerstone.workflows.rules.Reviews.VAR_FIRST_TRUSTEE_APPROVER;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Four eyes on the two trustee approvals of every model that has them (real-estate and copyright
 * onboarding: element ids {@value Reviews#TASK_FIRST_TRUSTEE_APPROVAL} and {@value
 * Reviews#TASK_SECOND_TRUSTEE_APPROVAL}); listed after {@code reviewDecisionGuard}.
 *
 * <ul>
 *   <li>first approval, {@code complete} with APPROVE: records the assignee as {@value
 *       Reviews#VAR_FIRST_TRUSTEE_APPROVER};
 *   <li>second approval, {@code assignment} and {@code complete}: refuses the first approver, so
 *       the same trustee can neither claim (nor be assigned) nor complete the second approval
 *       ({@link #FOUR_EYES_VIOLATION}). The web app enforces the same rule in its inbox.
 * </ul>
 */
@Named(Reviews.BEAN_TRUSTEE_FOUR_EYES)
@Dependent
public class TrusteeFourEyesListener implements TaskListener {

  public static final String FOUR_EYES_VIOLATION =
      "Four-eyes rule: the second trustee approval must be given by a different trustee than the"
          + " first";

  @Override
  public void notify(DelegateTask task) {
    String event = task.getEventName();
    if (TASK_FIRST_TRUSTEE_APPROVAL.equals(task.getTaskDefinitionKey())
        && EVENTNAME_COMPLETE.equals(event)
        && ReviewDecision.APPROVE.name().equals(task.getVariable(Reviews.VAR_DECISION))) {
      task.getExecution().setVariable(VAR_FIRST_TRUSTEE_APPROVER, task.getAssignee());
    } else if (TASK_SECOND_TRUSTEE_APPROVAL.equals(task.getTaskDefinitionKey())
        && (EVENTNAME_ASSIGNMENT.equals(event) || EVENTNAME_COMPLETE.equals(event))) {
      Object firstApprover = task.getVariable(VAR_FIRST_TRUSTEE_APPROVER);
      if (task.getAssignee() != null && task.getAssignee().equals(firstApprover)) {
        throw new ProcessEngineException(
            FOUR_EYES_VIOLATION + " (" + firstApprover + " gave the first approval)");
      }
    }
  }
}
