package org.cornerstone.workflows.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.cornerstone.workflows.rules.ModelChecks;
import org.cornerstone.workflows.testing.ModelInspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The certificate-maturity model, its constants and its delegate agree (no engine needed). */
class CertificateMaturityModelTest {
  private static BpmnModelInstance model;

  @BeforeAll
  static void readModel() throws Exception {
    model = ModelChecks.read(CertificateMaturity.BPMN_RESOURCE);
  }

  @Test
  void processKeyIsTheFileNameAndTheDiagramIsComplete() throws Exception {
    ModelChecks.processKeyIsTheFileName(
        model, CertificateMaturity.PROCESS_KEY, CertificateMaturity.BPMN_RESOURCE);
    ModelChecks.everyElementHasDiagramInterchange(model);
    ModelChecks.diagramHasNoOverlaps(model);
    ModelChecks.onlyGatewaysJoin(model);
    ModelChecks.elementIdConstantsMatchTheModel(model, CertificateMaturity.class);
  }

  @Test
  void theTimerWaitsForTheMaturityDateAndThePaymentIsAsynchronousAndRetried() {
    IntermediateCatchEvent timer =
        model.getModelElementById(CertificateMaturity.TIMER_MATURITY_DATE_REACHED);
    TimerEventDefinition definition =
        (TimerEventDefinition) timer.getEventDefinitions().iterator().next();
    assertThat(definition.getTimeDate().getTextContent())
        .isEqualTo("${" + CertificateMaturity.VAR_MATURITY_AT + "}");
    ServiceTask pay = model.getModelElementById(CertificateMaturity.TASK_PAY_HOLDERS);
    assertThat(pay.isCamundaAsyncBefore()).isTrue();
    assertThat(ModelInspection.delegateExpressionsByServiceTask(model))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                CertificateMaturity.TASK_PAY_HOLDERS,
                "${" + CertificateMaturity.BEAN_PAY_HOLDERS + "}"));
    ModelChecks.isCleanDelegate(
        PayHoldersAtMaturityDelegate.class,
        CertificateMaturity.BEAN_PAY_HOLDERS,
        CertificateMaturitySteps.class);
  }

  @Test
  void aShortfallGivesTheTrusteeAFollowUpThatTheObligorsPaymentEnds() {
    ExclusiveGateway shortfall = model.getModelElementById(CertificateMaturity.GATEWAY_SHORTFALL);
    assertThat(shortfall.getDefault().getTarget().getId()).isEqualTo(CertificateMaturity.END_PAID);
    UserTask followUp = model.getModelElementById(CertificateMaturity.TASK_FOLLOW_UP_OVERDUE);
    assertThat(followUp.getCamundaCandidateGroups()).isEqualTo("trustee");
    BoundaryEvent settled = model.getModelElementById(CertificateMaturity.BOUNDARY_OVERDUE_SETTLED);
    assertThat(settled.getAttachedTo().getId())
        .isEqualTo(CertificateMaturity.TASK_FOLLOW_UP_OVERDUE);
    MessageEventDefinition message =
        (MessageEventDefinition) settled.getEventDefinitions().iterator().next();
    assertThat(message.getMessage().getName())
        .isEqualTo(CertificateMaturity.MESSAGE_OVERDUE_SETTLED);
  }
}
