package org.cornerstone.workflows.origination;

import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_DOCUMENTS_COMPLETE;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_MISSING_DOCUMENTS;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * "Check document completeness": asks the application which required documents are missing and
 * writes {@code documentsComplete} and {@code missingDocuments} (", "-separated, empty if none).
 */
@Named(RealEstateOnboarding.BEAN_CHECK_DOCUMENT_COMPLETENESS)
@Dependent
public class CheckDocumentCompletenessDelegate implements JavaDelegate {

  private final OnboardingSteps steps;

  @Inject
  public CheckDocumentCompletenessDelegate(OnboardingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String assetId = ProcessVariables.requireString(execution, VAR_ASSET_ID);
    List<String> missing = steps.checkDocumentCompleteness(assetId);
    execution.setVariable(VAR_DOCUMENTS_COMPLETE, missing.isEmpty());
    execution.setVariable(VAR_MISSING_DOCUMENTS, String.join(", ", missing));
  }
}
