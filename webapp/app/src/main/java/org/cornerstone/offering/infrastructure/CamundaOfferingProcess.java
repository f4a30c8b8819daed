package org.cornerstone.offering.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.cornerstone.offering.application.OfferingProcess;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.workflows.offering.PrimaryOffering;

/** {@link OfferingProcess} on the embedded Camunda 7 engine. */
@ApplicationScoped
public class CamundaOfferingProcess implements OfferingProcess {
  static final String ALREADY_CLOSING = "Offering %s is already closing.";

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
    try {
      engine
          .getRuntimeService()
          .createMessageCorrelation(PrimaryOffering.MESSAGE_CLOSE_EARLY)
          .processInstanceBusinessKey(offeringId)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      // the close time came first: the offering is already closing
      throw new ConflictException(String.format(ALREADY_CLOSING, offeringId), e);
    }
  }
}
