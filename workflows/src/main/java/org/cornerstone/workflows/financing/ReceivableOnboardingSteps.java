package org.cornerstone.workflows.financing;

/**
 * What the {@code receivable-onboarding} process asks of the application. Implemented by the web
 * app. The ledger step is idempotent by the receivable id: a retried job gets the certificate
 * issued the first time.
 */
public interface ReceivableOnboardingSteps {
  /**
   * The core enterprise issues the payable certificate for the confirmed and approved receivable;
   * returns the certificate id.
   */
  String issueCertificate(String receivableId);

  /** Records that the debtor disputed the invoice, and tells the supplier the debtor's reason. */
  void recordDispute(String receivableId, String disputedBy, String reason);

  /** Records that compliance rejected the receivable, and tells the supplier the reason. */
  void recordRejection(String receivableId, String rejectedBy, String reason);
}
