package org.cornerstone.workflows.securitization;

/**
 * What the {@code payment-date} process asks of the application. Implemented by the web app. Every
 * step is idempotent by the payment date's id: a retried job finds what the first attempt did.
 */
public interface PaymentDateSteps {
  /** Runs the waterfall on the servicer report from the previous period's stored state. */
  void runWaterfall(String paymentDateId);

  /**
   * The trustee approved: fixes the record date (the approval's date) and halts or resumes
   * transfers of the junior tranches as the period's triggers say.
   */
  void fixRecordDate(String paymentDateId, String approvedBy);

  /** Pays each tranche's holders at the record date in cash tokens from the SPV. */
  void payTrancheHolders(String paymentDateId);

  /** Marks the period paid and its investor report published. */
  void publishInvestorReport(String paymentDateId);

  /** Records that the trustee rejected the waterfall, with the reason. */
  void recordRejection(String paymentDateId, String rejectedBy, String reason);
}
