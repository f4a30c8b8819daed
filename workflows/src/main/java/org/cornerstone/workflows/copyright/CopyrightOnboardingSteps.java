package org.cornerstone.workflows.copyright;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the {@code copyright-onboarding} process asks of the application. Implemented by the web
 * app.
 */
public interface CopyrightOnboardingSteps {

  /**
   * Checks the submitted documents against the required types (from the DMN table); returns the
   * missing ones (empty = complete). Records the result.
   */
  List<String> findMissingDocuments(String assetId, List<String> requiredDocumentTypes);

  /**
   * Values the copyright from its uploaded royalty history (parse with {@link RoyaltyHistoryCsv},
   * compute with {@link RoyaltyValuation}) under the given assumptions, and records the valuation
   * with the loan-to-value share that caps the amount to tokenize (from the decision table).
   */
  RoyaltyValuation.Valuation valueRoyalties(
      String assetId, RoyaltyValuation.Assumptions assumptions, int loanToValueBps);

  /**
   * Issues the copyright's tokens on the ledger, for at most {@code tokenizationCap}. Idempotent
   * per asset: a retry returns the first transaction id.
   */
  String issueTokens(String assetId, BigDecimal tokenizationCap);

  /** Tells the originator that the copyright was tokenized. */
  void notifyOriginator(String assetId, String originator, String ledgerTransactionId);

  /** Records that onboarding ended in rejection, with the reason shown to the originator. */
  void recordRejection(String assetId, String reason);
}
