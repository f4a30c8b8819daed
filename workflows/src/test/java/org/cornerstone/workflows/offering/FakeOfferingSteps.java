package org.cornerstone.workflows.offering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records what the process asked for. Settlement is idempotent by (offering, allocation) like the
 * real one; {@link #failNextSettlementAfterCommit} makes the next settlement "commit" on the ledger
 * and then fail, as a crash after the ledger commit would.
 */
class FakeOfferingSteps implements OfferingSteps {
  final List<String> calls = new ArrayList<>();
  final Map<String, Integer> ledgerTransactions = new HashMap<>();
  int settleAttempts;
  List<Integer> allocationNumbers = List.of(1, 2, 3);
  boolean failNextSettlementAfterCommit;

  @Override
  public void open(String offeringId) {
    calls.add("open " + offeringId);
  }

  @Override
  public void recordRejection(String offeringId, String reason) {
    calls.add("reject " + offeringId + ": " + reason);
  }

  @Override
  public List<Integer> allocate(String offeringId) {
    calls.add("allocate " + offeringId);
    return allocationNumbers;
  }

  @Override
  public void settleAllocation(String offeringId, int allocationNumber) {
    settleAttempts++;
    String key = "offering-" + offeringId + ".allocation-" + allocationNumber;
    ledgerTransactions.merge(key, 1, (a, b) -> a); // the ledger keeps one per key
    if (failNextSettlementAfterCommit) {
      failNextSettlementAfterCommit = false;
      throw new IllegalStateException("crash after the ledger commit of " + key);
    }
    calls.add("settle " + allocationNumber);
  }

  @Override
  public void recordSettled(String offeringId) {
    calls.add("settled " + offeringId);
  }
}
