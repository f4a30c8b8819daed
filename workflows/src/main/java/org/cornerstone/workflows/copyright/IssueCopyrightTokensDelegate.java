package org.cornerstone.workflows.copyright;

import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_ASSET_ID;
import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_LEDGER_TRANSACTION_ID;
import static org.cornerstone.workflows.copyright.CopyrightOnboarding.VAR_TOKENIZATION_CAP;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cornerstone.workflows.rules.Variables;

/**
 * "Tokenize copyright": issues the tokens (at most {@code tokenizationCap}) and writes {@code
 * ledgerTransactionId}. Runs as an async job (retried; an incident after the last failure), so
 * exceptions are left to the engine. The asset id is the idempotency key.
 */
@Named(CopyrightOnboarding.BEAN_ISSUE_TOKENS)
@Dependent
public class IssueCopyrightTokensDelegate implements JavaDelegate {

  public static final String NO_TRANSACTION_ID = "Ledger returned no transaction id for asset ";

  private final CopyrightOnboardingSteps steps;

  @Inject
  public IssueCopyrightTokensDelegate(CopyrightOnboardingSteps steps) {
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
