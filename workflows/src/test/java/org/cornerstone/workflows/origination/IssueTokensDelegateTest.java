package org.cornerstone.workflows.origination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_LEDGER_TRANSACTION_ID;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IssueTokensDelegateTest {

  private final FakeOnboardingSteps steps = new FakeOnboardingSteps();
  private final IssueTokensDelegate delegate = new IssueTokensDelegate(steps);
  private final String assetId = "asset-" + UUID.randomUUID();

  @Test
  void writesTheLedgerTransactionOfTheIssuance() {
    FakeDelegateExecution execution = new FakeDelegateExecution().with(VAR_ASSET_ID, assetId);

    delegate.execute(execution.asExecution());

    assertThat(steps.issuanceCalls()).containsExactly(assetId);
    assertThat(execution.variables())
        .containsEntry(VAR_LEDGER_TRANSACTION_ID, steps.ledger().get(assetId));
  }

  @Test
  void aLedgerFailureLeavesNoTransactionIdAndReachesTheEngine() {
    steps.ledgerUnavailable(1);
    FakeDelegateExecution execution = new FakeDelegateExecution().with(VAR_ASSET_ID, assetId);

    assertThatThrownBy(() -> delegate.execute(execution.asExecution()))
        .hasMessageContaining("Ledger unavailable");
    assertThat(execution.variables()).doesNotContainKey(VAR_LEDGER_TRANSACTION_ID);
  }

  @Test
  void aBlankTransactionIdIsAFailure() {
    IssueTokensDelegate withBrokenLedger =
        new IssueTokensDelegate(
            new OnboardingSteps() {
              @Override
              public List<String> checkDocumentCompleteness(String id) {
                throw new AssertionError("not called");
              }

              @Override
              public String issueTokens(String id) {
                return " ";
              }

              @Override
              public void recordRejection(String id, String reason) {
                throw new AssertionError("not called");
              }
            });
    FakeDelegateExecution execution = new FakeDelegateExecution().with(VAR_ASSET_ID, assetId);

    assertThatThrownBy(() -> withBrokenLedger.execute(execution.asExecution()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(assetId);
    assertThat(execution.variables()).doesNotContainKey(VAR_LEDGER_TRANSACTION_ID);
  }

  @Test
  void withoutAnAssetIdNothingIsIssued() {
    FakeDelegateExecution execution = new FakeDelegateExecution().with(VAR_ASSET_ID, 42);

    assertThatThrownBy(() -> delegate.execute(execution.asExecution()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(VAR_ASSET_ID);
    assertThat(steps.issuanceCalls()).isEmpty();
  }
}
