package org.cornerstone.workflows.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.cornerstone.workflows.registry.TransferRulesChange.*;
import static org.cornerstone.workflows.rules.ReviewDecision.APPROVE;
import static org.cornerstone.workflows.rules.ReviewDecision.REJECT;
import static org.cornerstone.workflows.rules.Reviews.decisionVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.cornerstone.workflows.rules.EscalateOverdueReviewListener;
import org.cornerstone.workflows.rules.ReviewDecisionListener;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.testing.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the real {@code transfer-rules-change} model on PostgreSQL: approval, then publication. */
@Deployment(resources = BPMN_RESOURCE)
class TransferRulesChangeProcessIT {
  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessTestSupport.engineExtension();

  private static final String TRUSTEE = "tom";

  private ManagementService managementService;
  private ProcessTestSupport support;
  private FakeSteps steps;
  private String changeId;

  /** The application as the process sees it: the publications asked for. */
  static final class FakeSteps implements TransferRulesChangeSteps {
    final List<String> calls = new ArrayList<>();
    int failuresLeft;

    @Override
    public String publishRuleSet(String changeId) {
      calls.add(changeId);
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new IllegalStateException("Ledger unavailable");
      }
      return "tx-" + changeId;
    }
  }

  @BeforeEach
  void wireDelegates() {
    managementService = engine.getManagementService();
    support = new ProcessTestSupport(engine.getProcessEngine());
    steps = new FakeSteps();
    Mocks.register(BEAN_PUBLISH_RULE_SET, new PublishRuleSetDelegate(steps));
    Mocks.register(BEAN_FOUR_EYES, new RuleChangeFourEyesListener());
    Mocks.register(Reviews.BEAN_REVIEW_DECISION_GUARD, new ReviewDecisionListener());
    Mocks.register(Reviews.BEAN_ESCALATE_OVERDUE_REVIEW, new EscalateOverdueReviewListener());
    changeId = "RC-" + UUID.randomUUID();
  }

  @AfterEach
  void reset() {
    ProcessTestSupport.resetMocksAndClock();
  }

  private ProcessInstance start() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY, changeId, startVariables(changeId, "RE-000042", "rita", "P2D"));
  }

  @Test
  void anApprovedChangeIsPublishedOnceAsynchronously() {
    ProcessInstance process = start();
    support.claimAndComplete(
        process, TASK_TRUSTEE_APPROVAL, TRUSTEE, decisionVariables(APPROVE, ""));

    // the ledger step waits for the job executor: the trustee's decision commits on its own
    assertThat(process).isWaitingAt(TASK_PUBLISH_RULE_SET);
    assertThat(steps.calls).isEmpty();
    support.executeJob(process, TASK_PUBLISH_RULE_SET);

    assertThat(process).isEnded().hasPassed(TASK_PUBLISH_RULE_SET, END_RULE_CHANGE_APPROVED);
    assertThat(steps.calls).containsExactly(changeId);
    assertThat(support.historicVariable(process, VAR_LEDGER_TRANSACTION))
        .isEqualTo("tx-" + changeId);
    assertThat(publishRequestKey(changeId)).isEqualTo("rules-" + changeId + ".publish");
  }

  @Test
  void aRejectedChangeIsNotPublished() {
    ProcessInstance process = start();
    support.claimAndComplete(
        process, TASK_TRUSTEE_APPROVAL, TRUSTEE, decisionVariables(REJECT, "too strict"));

    assertThat(process).isEnded().hasPassed(END_RULE_CHANGE_REJECTED);
    assertThat(process).hasNotPassed(TASK_PUBLISH_RULE_SET);
    assertThat(steps.calls).isEmpty();
  }

  @Test
  void aPublicationFailingThreeTimesRaisesAnIncidentThatARetryResolves() {
    steps.failuresLeft = 3;
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));
    ProcessInstance process = start();
    support.claimAndComplete(
        process, TASK_TRUSTEE_APPROVAL, TRUSTEE, decisionVariables(APPROVE, ""));
    Job job = support.job(process, TASK_PUBLISH_RULE_SET);
    assertThat(job.getRetries()).isEqualTo(3);

    for (int failure = 1; failure <= 3; failure++) {
      assertThatThrownBy(() -> managementService.executeJob(job.getId()))
          .hasMessageContaining("Ledger unavailable");
      Job failed = support.job(process, TASK_PUBLISH_RULE_SET);
      assertThat(failed.getRetries()).isEqualTo(3 - failure);
      if (failure < 3) {
        assertThat(failed.getDuedate()).isEqualTo(Date.from(now.plusSeconds(30)));
        assertThat(support.incidents(process)).isEmpty();
      }
    }
    List<Incident> incidents = support.incidents(process);
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getActivityId()).isEqualTo(TASK_PUBLISH_RULE_SET);
    assertThat(process).isWaitingAt(TASK_PUBLISH_RULE_SET);

    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    assertThat(process).isEnded().hasPassed(END_RULE_CHANGE_APPROVED);
    assertThat(support.incidents(process)).isEmpty();
    assertThat(steps.calls).hasSize(4).containsOnly(changeId);
  }
}
