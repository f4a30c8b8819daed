package org.cornerstone.review.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.task.TaskDecorator;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.cornerstone.review.application.InboxChanges;
import org.junit.jupiter.api.Test;

class ReviewTaskEventsTest {
  @Test
  void everyUserTaskReportsItsCreationAssignmentCompletionAndDeletion() {
    InboxChanges inbox = mock(InboxChanges.class);
    ReviewTaskEvents events = new ReviewTaskEvents(inbox);
    TaskDefinition definition = new TaskDefinition(null);
    ActivityImpl activity = new ActivityImpl("trusteeApproval", null);
    activity.setActivityBehavior(new UserTaskActivityBehavior(new TaskDecorator(definition, null)));

    events.parseUserTask(null, null, activity);

    for (String event : ReviewTaskEvents.EVENTS) {
      assertThat(definition.getBuiltinTaskListeners().get(event)).containsExactly(events);
    }
    // outside an engine command (nothing to wait for) the change is reported at once
    events.notify(mock(DelegateTask.class));
    verify(inbox).changed();
  }
}
