package org.cornerstone.workflows.origination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_LEDGER_TRANSACTION_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_TOKENIZATION_CAP;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TokenizeRealEstateDelegateTest {

  private final FakeOnboardingSteps steps = new FakeOnboardingSteps();
  private final TokenizeRealEstateDelegate delegate = new TokenizeRealEstateDelegate(steps);
  private final String assetId = "asset-" + UUID.randomUUID();

  private FakeDelegateExecution execution() {
    return new FakeDelegateExecution()
        .with(VAR_ASSET_ID, assetId)
        .with(VAR_TOKENIZATION_CAP, "750000.00");
  }

  @Test
  void issuesForTheCapAndWritesTheLedgerTransaction() {
    FakeDelegateExecution execution = execution();

    delegate.execute(execution.asExecution());

    assertThat(steps.issuanceCalls()).containsExactly(assetId);
    assertThat(steps.issuedCaps().get(assetId)).isEqualByComparingTo("750000.00");
    assertThat(execution.variables())
        .containsEntry(VAR_LEDGER_TRANSACTION_ID, steps.ledger().get(assetId));
  }

  @Test
  void aLedgerFailureLeavesNoTransactionIdAndReachesTheEngine() {
    steps.ledgerUnavailable(1);
    FakeDelegateExecution execution = execution();

    assertThatThrownBy(() -> delegate.execute(execution.asExecution()))
        .hasMessageContaining("Ledger unavailable");
    assertThat(execution.variables()).doesNotContainKey(VAR_LEDGER_TRANSACTION_ID);
  }

  @Test
  void aBlankTransactionIdIsAFailure() {
    TokenizeRealEstateDelegate withBrokenLedger =
        new TokenizeRealEstateDelegate(
            new OnboardingSteps() {
              @Override
              public List<String> findMissingDocuments(String id, List<String> required) {
                throw new AssertionError("not called");
              }

              @Override
              public BigDecimal recordValuation(String id, BigDecimal value, int bps) {
                throw new AssertionError("not called");
              }

              @Override
              public String issueTokens(String id, BigDecimal cap) {
                return " ";
              }

              @Override
              public void notifyOriginator(String id, String originator, String transaction) {
                throw new AssertionError("not called");
              }

              @Override
              public void recordRejection(String id, String reason) {
                throw new AssertionError("not called");
              }
            });
    FakeDelegateExecution execution = execution();

    assertThatThrownBy(() -> withBrokenLedger.execute(execution.asExecution()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(TokenizeRealEstateDelegate.NO_TRANSACTION_ID + assetId);
    assertThat(execution.variables()).doesNotContainKey(VAR_LEDGER_TRANSACTION_ID);
  }

  @Test
  void withoutACapNothingIsIssued() {
    FakeDelegateExecution execution = new FakeDelegateExecution().with(VAR_ASSET_ID, assetId);

    assertThatThrownBy(() -> delegate.execute(execution.asExecution()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(VAR_TOKENIZATION_CAP);
    assertThat(steps.issuanceCalls()).isEmpty();
  }
}
