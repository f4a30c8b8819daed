package org.cornerstone.workflows.origination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_APPRAISED_VALUE;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_LOAN_TO_VALUE_BPS;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_TOKENIZATION_CAP;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordValuationDelegateTest {

  private final FakeOnboardingSteps steps = new FakeOnboardingSteps();
  private final RecordValuationDelegate delegate = new RecordValuationDelegate(steps);
  private final String assetId = "asset-" + UUID.randomUUID();

  @Test
  void passesTheAppraisalAndTheLoanToValueAndWritesTheCapTheApplicationReturns() {
    FakeDelegateExecution execution =
        new FakeDelegateExecution()
            .with(VAR_ASSET_ID, assetId)
            .with(VAR_APPRAISED_VALUE, " 1234567.89 ")
            .with(VAR_LOAN_TO_VALUE_BPS, 6000);

    delegate.execute(execution.asExecution());

    assertThat(steps.valuations())
        .containsExactly(
            new FakeOnboardingSteps.RecordedValuation(assetId, new BigDecimal("1234567.89"), 6000));
    // 1234567.89 x 0.6 = 740740.734, rounded down to cents
    assertThat(execution.variables()).containsEntry(VAR_TOKENIZATION_CAP, "740740.73");
  }

  @Test
  void aMissingLoanToValueOrANonNumericAppraisalIsNotRecorded() {
    FakeDelegateExecution noLtv =
        new FakeDelegateExecution()
            .with(VAR_ASSET_ID, assetId)
            .with(VAR_APPRAISED_VALUE, "1000000");
    FakeDelegateExecution badValue =
        new FakeDelegateExecution()
            .with(VAR_ASSET_ID, assetId)
            .with(VAR_APPRAISED_VALUE, "one million")
            .with(VAR_LOAN_TO_VALUE_BPS, 7000);

    assertThatThrownBy(() -> delegate.execute(noLtv.asExecution()))
        .hasMessageContaining(VAR_LOAN_TO_VALUE_BPS);
    assertThatThrownBy(() -> delegate.execute(badValue.asExecution()))
        .hasMessageContaining(VAR_APPRAISED_VALUE)
        .hasMessageContaining("one million");
    assertThat(steps.valuations()).isEmpty();
    assertThat(badValue.variables()).doesNotContainKey(VAR_TOKENIZATION_CAP);
  }
}
