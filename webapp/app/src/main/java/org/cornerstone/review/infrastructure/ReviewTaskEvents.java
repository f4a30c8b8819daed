package org.cornerstone.review.infrastructure;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.cornerstone.review.application.InboxChanges;

/**
 * Every user task of every model reports its creation, assignment, completion and deletion to
 * {@link InboxChanges} once the engine's transaction has committed (a rolled-back completion
 * reports nothing). Registered on the engine as a post-BPMN parse listener, so the models stay free
 * of it.
 */
public class ReviewTaskEvents extends AbstractBpmnParseListener implements TaskListener {
  static final List<String> EVENTS =
      List.of(
          TaskListener.EVENTNAME_CREATE,
          TaskListener.EVENTNAME_ASSIGNMENT,
          TaskListener.EVENTNAME_COMPLETE,
          TaskListener.EVENTNAME_DELETE);

  private final InboxChanges inbox;

  public ReviewTaskEvents(InboxChanges inbox) {
    this.inbox = inbox;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
      TaskDefinition definition = behavior.getTaskDefinition();
      for (String event : EVENTS) {
        definition.addBuiltInTaskListener(event, this);
      }
    }
  }

  @Override
  public void notify(DelegateTask task) {
    var command = Context.getCommandContext();
    if (command == null) {
      inbox.changed();
      return;
    }
    command
        .getTransactionContext()
        .addTransactionListener(TransactionState.COMMITTED, committed -> inbox.changed());
  }
}
