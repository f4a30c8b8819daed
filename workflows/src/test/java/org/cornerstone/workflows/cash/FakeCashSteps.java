package org.cornerstone.workflows.cash;

import java.util.ArrayList;
import java.util.List;

/** The application as the cash processes see it: what was issued, redeemed and rejected. */
final class FakeCashSteps implements CashSteps {
  final List<String> calls = new ArrayList<>();
  private int failuresLeft;

  /** The next {@code times} ledger steps fail as if the ledger were down. */
  void ledgerUnavailable(int times) {
    failuresLeft = times;
  }

  @Override
  public String issueDeposit(String depositId, String confirmedBy) {
    return ledger("issue " + depositId + " by " + confirmedBy);
  }

  @Override
  public void rejectDeposit(String depositId, String rejectedBy, String reason) {
    calls.add("reject " + depositId + " by " + rejectedBy + ": " + reason);
  }

  @Override
  public String redeemWithdrawal(String withdrawalId, String confirmedBy) {
    return ledger("redeem " + withdrawalId + " by " + confirmedBy);
  }

  @Override
  public void rejectWithdrawal(String withdrawalId, String rejectedBy, String reason) {
    calls.add("release " + withdrawalId + " by " + rejectedBy + ": " + reason);
  }

  private String ledger(String call) {
    calls.add(call);
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new IllegalStateException("Ledger unavailable");
    }
    return "tx-" + calls.size();
  }
}
