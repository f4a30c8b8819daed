package org.cornerstone.registry.controls.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.cornerstone.platform.Settings;
import org.cornerstone.registry.controls.application.IssuerAgentActionProcess;
import org.cornerstone.workflows.registry.IssuerAgentAction;

/** {@link IssuerAgentActionProcess} on the embedded Camunda 7 engine. */
@ApplicationScoped
public class CamundaIssuerAgentActionProcess implements IssuerAgentActionProcess {
  @Inject ProcessEngine engine;
  @Inject Settings settings;

  @Override
  public String start(String actionId, String kind, String requestedBy) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            IssuerAgentAction.PROCESS_KEY,
            actionId,
            IssuerAgentAction.startVariables(actionId, kind, requestedBy, settings.reviewSla()))
        .getId();
  }
}
