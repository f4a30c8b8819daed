package org.cornerstone.workflows.origination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_DOCUMENTS_COMPLETE;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_MISSING_DOCUMENTS;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_REQUIRED_DOCUMENTS;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CheckDocumentCompletenessDelegateTest {

  private static final List<String> REQUIRED =
      List.of("TITLE_DEED", "APPRAISAL_REPORT", "LAND_SEARCH");

  private final FakeOnboardingSteps steps = new FakeOnboardingSteps();
  private final CheckDocumentCompletenessDelegate delegate =
      new CheckDocumentCompletenessDelegate(steps);
  private final String assetId = "asset-" + UUID.randomUUID();

  @Test
  void completeDocumentsAreReportedComplete() {
    FakeDelegateExecution execution =
        new FakeDelegateExecution()
            .with(VAR_ASSET_ID, assetId)
            .with(VAR_REQUIRED_DOCUMENTS, REQUIRED);

    delegate.execute(execution.asExecution());

    assertThat(steps.requiredPerCheck()).containsExactly(REQUIRED);
    assertThat(execution.variables())
        .containsEntry(VAR_DOCUMENTS_COMPLETE, true)
        .containsEntry(VAR_MISSING_DOCUMENTS, "");
  }

  @Test
  void missingDocumentsAreListedInTheOrderTheApplicationGives() {
    steps.missingOnNextCheck(List.of("LAND_SEARCH", "TITLE_DEED"));
    FakeDelegateExecution execution =
        new FakeDelegateExecution()
            .with(VAR_ASSET_ID, assetId)
            .with(VAR_REQUIRED_DOCUMENTS, REQUIRED);

    delegate.execute(execution.asExecution());

    assertThat(execution.variables())
        .containsEntry(VAR_DOCUMENTS_COMPLETE, false)
        .containsEntry(VAR_MISSING_DOCUMENTS, "LAND_SEARCH, TITLE_DEED");
  }

  @Test
  void withoutAnAssetIdOrTheRequiredDocumentsNothingIsChecked() {
    FakeDelegateExecution noAsset =
        new FakeDelegateExecution().with(VAR_REQUIRED_DOCUMENTS, REQUIRED);
    FakeDelegateExecution noList = new FakeDelegateExecution().with(VAR_ASSET_ID, assetId);

    assertThatThrownBy(() -> delegate.execute(noAsset.asExecution()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(VAR_ASSET_ID);
    assertThatThrownBy(() -> delegate.execute(noList.asExecution()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(VAR_REQUIRED_DOCUMENTS);
    assertThat(steps.requiredPerCheck()).isEmpty();
  }
}
