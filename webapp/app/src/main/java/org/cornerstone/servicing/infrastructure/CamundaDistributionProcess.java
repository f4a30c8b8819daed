package org.cornerstone.servicing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.cornerstone.servicing.application.DistributionProcess;
import org.cornerstone.workflows.servicing.Distribution;

/** {@link DistributionProcess} on the embedded Camunda 7 engine (in the caller's transaction). */
@ApplicationScoped
public class CamundaDistributionProcess implements DistributionProcess {
  @Inject ProcessEngine engine;

  @Override
  public String start(String distributionId) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            Distribution.PROCESS_KEY, distributionId, Distribution.startVariables(distributionId))
        .getId();
  }
}
