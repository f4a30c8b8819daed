package org.cornerstone.workflows.origination;

import java.util.List;

/** What the onboarding processes ask of the application. Implemented by the web app. */
public interface OnboardingSteps {

  /**
   * Checks the submitted documents; returns the missing required document types (empty = complete).
   * Records the result.
   */
  List<String> checkDocumentCompleteness(String assetId);

  /**
   * Issues the asset's tokens on the ledger. Idempotent per asset: a retry returns the first
   * transaction id.
   */
  String issueTokens(String assetId);

  /** Records that onboarding ended in rejection, with the reason shown to the originator. */
  void recordRejection(String assetId, String reason);
}
