package org.cornerstone.workflows.securitization;

/**
 * What the {@code deal-closing} process asks of the application. Implemented by the web app. The
 * closing is idempotent by the deal id: a retried job finds what the first attempt did.
 */
public interface DealClosingSteps {
  /**
   * Closes the approved deal on the ledger (true sale of the pool to the SPV, tranche instruments,
   * offering of the senior tranche); returns the true sale's ledger transaction id.
   */
  String close(String dealId);

  /** Records that a reviewer rejected the deal, with the reason. */
  void recordRejection(String dealId, String rejectedBy, String reason);
}
