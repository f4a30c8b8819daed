package org.cornerstone.workflows.origination;

import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_LEDGER_TRANSACTION_ID;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.VAR_TOKENIZATION_CAP;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/**
 * "Tokenize real estate": issues the asset's tokens (at most {@code tokenizationCap}) and writes
 * {@code ledgerTransactionId}. Runs as an async job (retried; an incident after the last failure),
 * so exceptions are left to the engine. The asset id is the idempotency key, so a retried job does
 * not issue twice.
 */
@Named(RealEstateOnboarding.BEAN_ISSUE_TOKENS)
@ApplicationScoped
public class TokenizeRealEstateDelegate implements JavaDelegate {

  public static final String NO_TRANSACTION_ID = "Ledger returned no transaction id for asset ";

  private final OnboardingSteps steps;

  /** For the CDI client proxy only. */
  protected TokenizeRealEstateDelegate() {
    this.steps = null;
  }

  @Inject
  public TokenizeRealEstateDelegate(OnboardingSteps steps) {
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  @Override
  public void execute(DelegateExecution execution) {
    String assetId = Variables.requireString(execution, VAR_ASSET_ID);
    String transactionId =
        steps.issueTokens(assetId, Variables.requireDecimal(execution, VAR_TOKENIZATION_CAP));
    if (transactionId == null || transactionId.isBlank()) {
      throw new IllegalStateException(NO_TRANSACTION_ID + assetId);
    }
    execution.setVariable(VAR_LEDGER_TRANSACTION_ID, transactionId);
  }
}
