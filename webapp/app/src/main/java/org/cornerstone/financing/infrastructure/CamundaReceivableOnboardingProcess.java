package org.cornerstone.financing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.cornerstone.financing.application.ReceivableOnboardingProcess;
import org.cornerstone.workflows.financing.ReceivableOnboarding;

/** {@link ReceivableOnboardingProcess} on the embedded Camunda 7 engine (caller's transaction). */
@ApplicationScoped
public class CamundaReceivableOnboardingProcess implements ReceivableOnboardingProcess {
  @Inject ProcessEngine engine;

  @Override
  public String start(String receivableId, String supplierUser, String debtorOrganisation) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            ReceivableOnboarding.PROCESS_KEY,
            receivableId,
            ReceivableOnboarding.startVariables(receivableId, supplierUser, debtorOrganisation))
        .getId();
  }
}
