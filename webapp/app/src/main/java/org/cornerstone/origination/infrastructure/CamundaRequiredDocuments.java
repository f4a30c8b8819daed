package org.cornerstone.origination.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.cornerstone.origination.application.RequiredDocuments;
import org.cornerstone.workflows.rules.Decisions;

/** Evaluates the deployed {@code required-documents} table, the one the process calls. */
@ApplicationScoped
public class CamundaRequiredDocuments implements RequiredDocuments {
  @Inject ProcessEngine engine;

  @Override
  public List<String> requiredTypes(String assetKind, String jurisdiction) {
    List<Object> types =
        engine
            .getDecisionService()
            .evaluateDecisionTableByKey(Decisions.REQUIRED_DOCUMENTS)
            .variables(
                Map.of(
                    Decisions.INPUT_ASSET_KIND,
                    assetKind,
                    Decisions.INPUT_JURISDICTION,
                    jurisdiction == null ? "" : jurisdiction))
            .evaluate()
            .collectEntries(Decisions.OUTPUT_DOCUMENT_TYPE);
    return types.stream().map(String::valueOf).toList();
  }
}
