package org.cornerstone.origination.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.cornerstone.origination.application.AssetOnboardingProcess;
import org.cornerstone.origination.domain.Asset;
import org.cornerstone.platform.Settings;
import org.cornerstone.workflows.copyright.CopyrightOnboarding;
import org.cornerstone.workflows.copyright.RoyaltyValuation;
import org.cornerstone.workflows.origination.RealEstateOnboarding;

/** {@link AssetOnboardingProcess} on the embedded Camunda 7 engine: one model per asset kind. */
@ApplicationScoped
public class CamundaAssetOnboardingProcess implements AssetOnboardingProcess {
  @Inject ProcessEngine engine;

  @Inject Settings settings;

  @Override
  public String start(Asset asset) {
    org.cornerstone.workflows.rules.RiskClass risk = WorkflowTerms.riskClass(asset.riskClass());
    ProcessInstance instance =
        switch (asset.kind()) {
          case REAL_ESTATE ->
              engine
                  .getRuntimeService()
                  .startProcessInstanceByKey(
                      RealEstateOnboarding.PROCESS_KEY,
                      asset.id(),
                      RealEstateOnboarding.startVariables(
                          asset.id(),
                          asset.originator(),
                          asset.jurisdiction(),
                          risk,
                          settings.reviewSla()));
          case COPYRIGHT ->
              engine
                  .getRuntimeService()
                  .startProcessInstanceByKey(
                      CopyrightOnboarding.PROCESS_KEY,
                      asset.id(),
                      CopyrightOnboarding.startVariables(
                          asset.id(),
                          asset.originator(),
                          asset.jurisdiction(),
                          risk,
                          RoyaltyValuation.DEFAULT_ASSUMPTIONS,
                          settings.reviewSla()));
        };
    return instance.getId();
  }
}
