package org.cornerstone.workflows.cash;

/**
 * What the {@code cash-deposit} and {@code cash-withdrawal} processes ask of the application.
 * Implemented by the web app. The ledger steps are idempotent by request id: a retried job gets the
 * transaction made the first time.
 */
public interface CashSteps {
  /** Issues the deposit's cash tokens to the investor; returns the ledger transaction id. */
  String issueDeposit(String depositId, String confirmedBy);

  /** Records that the bank rejected the deposit, with the reason shown to the investor. */
  void rejectDeposit(String depositId, String rejectedBy, String reason);

  /**
   * Redeems the withdrawal's cash tokens and consumes its reservation; returns the ledger
   * transaction id.
   */
  String redeemWithdrawal(String withdrawalId, String confirmedBy);

  /** Records that the bank rejected the withdrawal and releases its reservation. */
  void rejectWithdrawal(String withdrawalId, String rejectedBy, String reason);
}
