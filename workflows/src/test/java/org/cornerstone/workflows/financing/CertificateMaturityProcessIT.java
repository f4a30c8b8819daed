package org.cornerstone.workflows.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.cornerstone.workflows.financing.CertificateMaturity.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.cornerstone.workflows.testing.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the real {@code certificate-maturity} model on PostgreSQL with a fake payment step. */
@Deployment(resources = BPMN_RESOURCE)
class CertificateMaturityProcessIT {
  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessTestSupport.engineExtension();

  private ProcessTestSupport support;
  private final List<String> paid = new ArrayList<>();
  private boolean shortfall;
  private String certificateId;

  @BeforeEach
  void wire() {
    support = new ProcessTestSupport(engine.getProcessEngine());
    Mocks.register(
        BEAN_PAY_HOLDERS,
        new PayHoldersAtMaturityDelegate(
            id -> {
              paid.add(id);
              return shortfall;
            }));
    certificateId = "PC-" + UUID.randomUUID();
  }

  @AfterEach
  void reset() {
    ProcessTestSupport.resetMocksAndClock();
  }

  private ProcessInstance start() {
    Instant maturity = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY, certificateId, startVariables(certificateId, maturity));
  }

  @Test
  void waitsForTheMaturityDateThenPaysAsynchronously() {
    ProcessInstance process = start();
    assertThat(process).isWaitingAt(TIMER_MATURITY_DATE_REACHED);
    assertThat(support.timer(process).getDuedate().toInstant())
        .isAfter(Instant.now().plus(29, ChronoUnit.DAYS));
    engine.getManagementService().executeJob(support.timer(process).getId());
    assertThat(process).isWaitingAt(TASK_PAY_HOLDERS);
    assertThat(paid).isEmpty();
    support.executeJob(process, TASK_PAY_HOLDERS);
    assertThat(paid).containsExactly(certificateId);
    assertThat(process).isEnded().hasPassed(END_PAID).hasNotPassed(TASK_FOLLOW_UP_OVERDUE);
  }

  @Test
  void aShortfallGivesTheTrusteesAFollowUpThatTheObligorsPaymentEnds() {
    shortfall = true;
    ProcessInstance process = start();
    engine.getManagementService().executeJob(support.timer(process).getId());
    support.executeJob(process, TASK_PAY_HOLDERS);
    assertThat(process).isWaitingAt(TASK_FOLLOW_UP_OVERDUE);
    Task task = support.task(process, TASK_FOLLOW_UP_OVERDUE);
    assertThat(support.candidateGroups(task)).containsExactly("trustee");

    engine
        .getRuntimeService()
        .createMessageCorrelation(MESSAGE_OVERDUE_SETTLED)
        .processInstanceBusinessKey(certificateId)
        .correlateWithResult();
    assertThat(process).isEnded().hasPassed(END_OVERDUE_SETTLED);
  }

  @Test
  void theTrusteeMayCloseTheFollowUp() {
    shortfall = true;
    ProcessInstance process = start();
    engine.getManagementService().executeJob(support.timer(process).getId());
    support.executeJob(process, TASK_PAY_HOLDERS);
    support.claimAndComplete(process, TASK_FOLLOW_UP_OVERDUE, "tom", java.util.Map.of());
    assertThat(process).isEnded().hasPassed(END_OVERDUE_FOLLOWED_UP);
  }
}
