package org.cornerstone.workflows.origination;

import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_LEDGER_TRANSACTION_ID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * "Issue tokens": issues the asset's tokens on the ledger and writes {@code ledgerTransactionId}.
 * The asset id is the idempotency key, so a retried job does not issue twice. Runs as an async job
 * (retried; an incident after the last failure), so exceptions are left to the engine.
 */
@Named(RealEstateOnboarding.BEAN_ISSUE_TOKENS)
@Dependent
public class IssueTokensDelegate implements JavaDelegate {

  private final OnboardingSteps steps;

  @Inject
  public IssueTokensDelegate(OnboardingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String assetId = ProcessVariables.requireString(execution, VAR_ASSET_ID);
    String transactionId = steps.issueTokens(assetId);
    if (transactionId == null || transactionId.isBlank()) {
      throw new IllegalStateException("Ledger returned no transaction id for asset " + assetId);
    }
    execution.setVariable(VAR_LEDGER_TRANSACTION_ID, transactionId);
  }
}
