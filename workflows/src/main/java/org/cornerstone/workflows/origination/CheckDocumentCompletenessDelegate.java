package org.cornerstone.workflows.origination;

import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_DOCUMENTS_COMPLETE;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_MISSING_DOCUMENTS;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_REQUIRED_DOCUMENTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/**
 * "Check document completeness": asks the application which of the {@code requiredDocuments} (from
 * the DMN table) are missing; writes {@code documentsComplete} and {@code missingDocuments} (",
 * "-separated, empty if none).
 */
@Named(RealEstateOnboarding.BEAN_CHECK_DOCUMENTS)
@ApplicationScoped
public class CheckDocumentCompletenessDelegate implements JavaDelegate {

  private final OnboardingSteps steps;

  /** For the CDI client proxy only. */
  protected CheckDocumentCompletenessDelegate() {
    this.steps = null;
  }

  @Inject
  public CheckDocumentCompletenessDelegate(OnboardingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String assetId = Variables.requireString(execution, VAR_ASSET_ID);
    List<String> required = Variables.requireStringList(execution, VAR_REQUIRED_DOCUMENTS);
    List<String> missing = steps.findMissingDocuments(assetId, required);
    execution.setVariable(VAR_DOCUMENTS_COMPLETE, missing.isEmpty());
    execution.setVariable(VAR_MISSING_DOCUMENTS, String.join(", ", missing));
  }
}
