package org.cornerstone.securitization.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.cornerstone.securitization.application.PaymentDateProcess;
import org.cornerstone.workflows.securitization.PaymentDate;

/** {@link PaymentDateProcess} on the embedded Camunda 7 engine (caller's transaction). */
@ApplicationScoped
public class CamundaPaymentDateProcess implements PaymentDateProcess {
  @Inject ProcessEngine engine;

  @Override
  public String start(String paymentDateId, String dealId) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            PaymentDate.PROCESS_KEY,
            paymentDateId,
            PaymentDate.startVariables(paymentDateId, dealId))
        .getId();
  }
}
