package org.cornerstone.workflows.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.workflows.registry.TransferRulesChange.BEAN_FOUR_EYES;
import static org.cornerstone.workflows.registry.TransferRulesChange.BPMN_RESOURCE;
import static org.cornerstone.workflows.registry.TransferRulesChange.GROUP_TRUSTEE;
import static org.cornerstone.workflows.registry.TransferRulesChange.PROCESS_KEY;
import static org.cornerstone.workflows.registry.TransferRulesChange.TASK_TRUSTEE_APPROVAL;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.cornerstone.workflows.rules.ModelChecks;
import org.cornerstone.workflows.rules.Reviews;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model file, its constants and its four-eyes listener agree (no engine needed). */
class TransferRulesChangeModelTest {

  private static BpmnModelInstance model;

  @BeforeAll
  static void readModel() throws Exception {
    model = ModelChecks.read(BPMN_RESOURCE);
  }

  @Test
  void processKeyIsTheFileNameAndEveryNodeHasAConstantAndDiagramInterchange() throws Exception {
    ModelChecks.processKeyIsTheFileName(model, PROCESS_KEY, BPMN_RESOURCE);
    ModelChecks.elementIdConstantsMatchTheModel(model, TransferRulesChange.class);
    ModelChecks.everyElementHasDiagramInterchange(model);
    ModelChecks.diagramHasNoOverlaps(model);
    ModelChecks.onlyGatewaysJoin(model);
  }

  @Test
  void theTrusteeApprovalIsAGuardedReviewWithFourEyes() {
    ModelChecks.isGuardedReview(model, TASK_TRUSTEE_APPROVAL, GROUP_TRUSTEE);
    String guard = "${" + Reviews.BEAN_REVIEW_DECISION_GUARD + "}";
    String fourEyes = "${" + BEAN_FOUR_EYES + "}";
    assertThat(ModelChecks.taskListeners(model, TASK_TRUSTEE_APPROVAL))
        .containsExactly(
            "create=" + guard,
            "complete=" + guard,
            "assignment=" + fourEyes,
            "complete=" + fourEyes);
  }

  @Test
  void theProposerCanNeitherClaimNorCompleteTheApproval() {
    TaskListener listener = new RuleChangeFourEyesListener();
    assertThatThrownBy(() -> listener.notify(task(TaskListener.EVENTNAME_ASSIGNMENT, "rita")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageStartingWith(RuleChangeFourEyesListener.FOUR_EYES_VIOLATION);
    assertThatThrownBy(() -> listener.notify(task(TaskListener.EVENTNAME_COMPLETE, "rita")))
        .isInstanceOf(ProcessEngineException.class);
    assertThatCode(() -> listener.notify(task(TaskListener.EVENTNAME_COMPLETE, "tom")))
        .doesNotThrowAnyException();
  }

  /** A task of a change proposed by rita, assigned to {@code assignee}, at {@code event}. */
  private static DelegateTask task(String event, String assignee) {
    Map<String, Object> variables = Map.of(TransferRulesChange.VAR_PROPOSED_BY, "rita");
    return (DelegateTask)
        Proxy.newProxyInstance(
            DelegateTask.class.getClassLoader(),
            new Class<?>[] {DelegateTask.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getEventName" -> event;
                  case "getAssignee" -> assignee;
                  case "getVariable" -> variables.get((String) args[0]);
                  default -> null;
                });
  }
}
