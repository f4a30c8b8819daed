package org.cornerstone.workflows.registry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Four eyes on a change of transfer rules: the registrar who proposed it can neither be assigned
 * (claim) nor complete the trustee approval, whatever roles they hold. The web app enforces the
 * same rule before it reaches the engine.
 */
@Named(TransferRulesChange.BEAN_FOUR_EYES)
@Dependent
public class RuleChangeFourEyesListener implements TaskListener {

  public static final String FOUR_EYES_VIOLATION =
      "Four-eyes rule: a change of transfer rules is decided by someone other than its proposer";

  @Override
  public void notify(DelegateTask task) {
    String event = task.getEventName();
    if (EVENTNAME_ASSIGNMENT.equals(event) || EVENTNAME_COMPLETE.equals(event)) {
      Object proposer = task.getVariable(TransferRulesChange.VAR_PROPOSED_BY);
      if (task.getAssignee() != null && task.getAssignee().equals(proposer)) {
        throw new ProcessEngineException(FOUR_EYES_VIOLATION + " (" + proposer + " proposed it)");
      }
    }
  }
}
