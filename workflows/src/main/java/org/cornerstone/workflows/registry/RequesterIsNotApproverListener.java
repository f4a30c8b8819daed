package org.cornerstone.workflows.registry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Four eyes on an issuer-agent action: the registrar who requested it may neither take nor complete
 * the trustee approval (task listener on {@code assignment} and {@code complete}).
 */
@Named(IssuerAgentAction.BEAN_REQUESTER_IS_NOT_APPROVER)
@Dependent
public class RequesterIsNotApproverListener implements TaskListener {

  public static final String FOUR_EYES =
      "Four eyes: the person who requested an issuer-agent action cannot approve it";

  @Override
  public void notify(DelegateTask task) {
    Object requester = task.getVariable(IssuerAgentAction.VAR_REQUESTED_BY);
    String assignee = task.getAssignee();
    if (assignee != null && assignee.equals(requester)) {
      throw new ProcessEngineException(FOUR_EYES + " (" + assignee + ")");
    }
  }
}
