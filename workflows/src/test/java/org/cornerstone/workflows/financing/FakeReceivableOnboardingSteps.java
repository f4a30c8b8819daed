package org.cornerstone.workflows.financing;

import java.util.ArrayList;
import java.util.List;

/** The application as the receivable process sees it: what was issued, disputed and rejected. */
final class FakeReceivableOnboardingSteps implements ReceivableOnboardingSteps {
  final List<String> calls = new ArrayList<>();
  private int failuresLeft;

  /** The next {@code times} ledger steps fail as if the ledger were down. */
  void ledgerUnavailable(int times) {
    failuresLeft = times;
  }

  @Override
  public String issueCertificate(String receivableId) {
    calls.add("issue " + receivableId);
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new IllegalStateException("Ledger unavailable");
    }
    return "PC-" + receivableId;
  }

  @Override
  public void recordDispute(String receivableId, String disputedBy, String reason) {
    calls.add("dispute " + receivableId + " by " + disputedBy + ": " + reason);
  }

  @Override
  public void recordRejection(String receivableId, String rejectedBy, String reason) {
    calls.add("reject " + receivableId + " by " + rejectedBy + ": " + reason);
  }
}
