package org.cornerstone.workflows.origination;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the {@code real-estate-onboarding} process asks of the application. Implemented by the web
 * app as a CDI bean; called by the delegates of this package.
 */
public interface OnboardingSteps {

  /**
   * Checks the submitted documents against the required types; returns the missing ones (empty =
   * complete). Records the result.
   */
  List<String> findMissingDocuments(String assetId, List<String> requiredDocumentTypes);

  /**
   * Records the independent valuation and returns the tokenization cap = appraisedValue x
   * loanToValueBps / 10000 (the app computes and records it).
   */
  BigDecimal recordValuation(String assetId, BigDecimal appraisedValue, int loanToValueBps);

  /**
   * Issues the asset's tokens on the ledger for at most tokenizationCap. Idempotent per asset: a
   * retry returns the first transaction id.
   */
  String issueTokens(String assetId, BigDecimal tokenizationCap);

  /** Tells the originator that the asset was tokenized. */
  void notifyOriginator(String assetId, String originator, String ledgerTransactionId);

  /** Records that onboarding ended in rejection, with the reason shown to the originator. */
  void recordRejection(String assetId, String reason);
}
