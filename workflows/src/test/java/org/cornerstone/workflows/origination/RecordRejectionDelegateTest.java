package org.cornerstone.workflows.origination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_REJECTION_REASON;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordRejectionDelegateTest {

  private final FakeOnboardingSteps steps = new FakeOnboardingSteps();
  private final RecordRejectionDelegate delegate = new RecordRejectionDelegate(steps);
  private final String assetId = "asset-" + UUID.randomUUID();

  @Test
  void recordsTheReasonForTheAsset() {
    String reason = "Valuation not plausible " + UUID.randomUUID();
    FakeDelegateExecution execution =
        new FakeDelegateExecution().with(VAR_ASSET_ID, assetId).with(VAR_REJECTION_REASON, reason);

    delegate.execute(execution.asExecution());

    assertThat(steps.rejections()).containsExactly(Map.entry(assetId, reason));
  }

  @Test
  void aRejectionWithoutAReasonIsRefused() {
    FakeDelegateExecution execution =
        new FakeDelegateExecution().with(VAR_ASSET_ID, assetId).with(VAR_REJECTION_REASON, "");

    assertThatThrownBy(() -> delegate.execute(execution.asExecution()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(VAR_REJECTION_REASON);
    assertThat(steps.rejections()).isEmpty();
  }

  @Test
  void aRejectionWithoutAnAssetIsRefused() {
    FakeDelegateExecution execution =
        new FakeDelegateExecution().with(VAR_REJECTION_REASON, "Missing required documents: x");

    assertThatThrownBy(() -> delegate.execute(execution.asExecution()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(VAR_ASSET_ID);
    assertThat(steps.rejections()).isEmpty();
  }
}
