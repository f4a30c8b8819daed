package org.cornerstone.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.cornerstone.platform.Settings;
import org.cornerstone.registry.application.RuleChangeProcess;
import org.cornerstone.workflows.registry.TransferRulesChange;

/** {@link RuleChangeProcess} on the embedded Camunda 7 engine. */
@ApplicationScoped
public class CamundaRuleChangeProcess implements RuleChangeProcess {
  @Inject ProcessEngine engine;
  @Inject Settings settings;

  @Override
  public String start(String changeId, String instrumentId, String proposedBy) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            TransferRulesChange.PROCESS_KEY,
            changeId,
            TransferRulesChange.startVariables(
                changeId, instrumentId, proposedBy, settings.reviewSla()))
        .getId();
  }
}
