package org.cornerstone.workflows.origination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_DOCUMENTS_COMPLETE;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_MISSING_DOCUMENTS;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CheckDocumentCompletenessDelegateTest {

  private final FakeOnboardingSteps steps = new FakeOnboardingSteps();
  private final CheckDocumentCompletenessDelegate delegate =
      new CheckDocumentCompletenessDelegate(steps);
  private final String assetId = "asset-" + UUID.randomUUID();

  @Test
  void completeDocumentsAreReportedComplete() {
    FakeDelegateExecution execution = new FakeDelegateExecution().with(VAR_ASSET_ID, assetId);

    delegate.execute(execution.asExecution());

    assertThat(steps.completenessChecks()).containsExactly(assetId);
    assertThat(execution.variables())
        .containsEntry(VAR_DOCUMENTS_COMPLETE, true)
        .containsEntry(VAR_MISSING_DOCUMENTS, "");
  }

  @Test
  void missingDocumentsAreListedInTheOrderTheApplicationGives() {
    steps.missing(assetId, "appraisal report", "title deed");
    FakeDelegateExecution execution = new FakeDelegateExecution().with(VAR_ASSET_ID, assetId);

    delegate.execute(execution.asExecution());

    assertThat(execution.variables())
        .containsEntry(VAR_DOCUMENTS_COMPLETE, false)
        .containsEntry(VAR_MISSING_DOCUMENTS, "appraisal report, title deed");
  }

  @Test
  void withoutAnAssetIdNothingIsChecked() {
    FakeDelegateExecution execution = new FakeDelegateExecution();

    assertThatThrownBy(() -> delegate.execute(execution.asExecution()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(VAR_ASSET_ID);
    assertThat(steps.completenessChecks()).isEmpty();
    assertThat(execution.variables()).isEmpty();
  }
}
