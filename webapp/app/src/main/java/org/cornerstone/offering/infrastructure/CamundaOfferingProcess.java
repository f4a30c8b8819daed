package org.cornerstone.offering.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.cornerstone.offering.application.OfferingProcess;
import org.cornerstone.workflows.offering.PrimaryOffering;

/** {@link OfferingProcess} on the embedded Camunda 7 engine. */
@ApplicationScoped
public class CamundaOfferingProcess implements OfferingProcess {
  @Inject ProcessEngine engine;

  @Override
  public void start(String offeringId, Instant closesAt) {
    engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            PrimaryOffering.PROCESS_KEY,
            offeringId,
            PrimaryOffering.startVariables(offeringId, closesAt));
  }

  @Override
  public void closeEarly(String offeringId) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(PrimaryOffering.MESSAGE_CLOSE_EARLY)
        .processInstanceBusinessKey(offeringId)
        .correlateWithResult();
  }
}
