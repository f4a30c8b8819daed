package org.cornerstone.financing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.cornerstone.financing.application.CertificateMaturityProcess;
import org.cornerstone.workflows.financing.CertificateMaturity;

/** {@link CertificateMaturityProcess} on the embedded Camunda 7 engine. */
@ApplicationScoped
public class CamundaCertificateMaturityProcess implements CertificateMaturityProcess {
  @Inject ProcessEngine engine;

  @Override
  public void startOnce(String certificateId, Instant maturityAt) {
    long started =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(CertificateMaturity.PROCESS_KEY)
            .processInstanceBusinessKey(certificateId)
            .count();
    if (started > 0) {
      return;
    }
    engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            CertificateMaturity.PROCESS_KEY,
            certificateId,
            CertificateMaturity.startVariables(certificateId, maturityAt));
  }

  @Override
  public void overdueSettled(String certificateId) {
    try {
      engine
          .getRuntimeService()
          .createMessageCorrelation(CertificateMaturity.MESSAGE_OVERDUE_SETTLED)
          .processInstanceBusinessKey(certificateId)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      // the trustee closed the follow-up already: nothing waits for the message
    }
  }
}
