package org.cornerstone.securitization.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.cornerstone.securitization.application.DealClosingProcess;
import org.cornerstone.workflows.securitization.DealClosing;

/** {@link DealClosingProcess} on the embedded Camunda 7 engine (caller's transaction). */
@ApplicationScoped
public class CamundaDealClosingProcess implements DealClosingProcess {
  @Inject ProcessEngine engine;

  @Override
  public String start(String dealId, String structurerUser) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            DealClosing.PROCESS_KEY, dealId, DealClosing.startVariables(dealId, structurerUser))
        .getId();
  }
}
