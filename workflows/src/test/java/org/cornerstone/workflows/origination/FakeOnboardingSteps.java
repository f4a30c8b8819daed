package org.cornerstone.workflows.origination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The application as the processes see it, in memory: documents missing per asset, an idempotent
 * ledger that can be made to fail, and the rejections recorded.
 */
final class FakeOnboardingSteps implements OnboardingSteps {

  private final Map<String, List<String>> missingDocuments = new HashMap<>();
  private final List<String> completenessChecks = new ArrayList<>();
  private final Map<String, String> ledger = new LinkedHashMap<>();
  private final List<String> issuanceCalls = new ArrayList<>();
  private final Map<String, String> rejections = new LinkedHashMap<>();
  private int failuresBeforeLedger;
  private int failuresAfterLedger;

  /** The next completeness check of this asset reports these document types missing. */
  FakeOnboardingSteps missing(String assetId, String... documentTypes) {
    missingDocuments.put(assetId, List.of(documentTypes));
    return this;
  }

  /** The next {@code times} issuance calls fail before anything reaches the ledger. */
  FakeOnboardingSteps ledgerUnavailable(int times) {
    failuresBeforeLedger = times;
    return this;
  }

  /** The next {@code times} issuance calls fail after the ledger committed (reply lost). */
  FakeOnboardingSteps replyLostAfterLedgerCommit(int times) {
    failuresAfterLedger = times;
    return this;
  }

  @Override
  public List<String> checkDocumentCompleteness(String assetId) {
    completenessChecks.add(assetId);
    return missingDocuments.getOrDefault(assetId, List.of());
  }

  @Override
  public String issueTokens(String assetId) {
    issuanceCalls.add(assetId);
    if (failuresBeforeLedger > 0) {
      failuresBeforeLedger--;
      throw new IllegalStateException("Ledger unavailable");
    }
    String transactionId =
        ledger.computeIfAbsent(assetId, id -> "tx-" + UUID.randomUUID().toString());
    if (failuresAfterLedger > 0) {
      failuresAfterLedger--;
      throw new IllegalStateException("Ledger reply lost");
    }
    return transactionId;
  }

  @Override
  public void recordRejection(String assetId, String reason) {
    rejections.put(assetId, reason);
  }

  List<String> completenessChecks() {
    return completenessChecks;
  }

  /** Transactions on the ledger, by asset id. */
  Map<String, String> ledger() {
    return ledger;
  }

  List<String> issuanceCalls() {
    return issuanceCalls;
  }

  /** Recorded rejection reasons, by asset id. */
  Map<String, String> rejections() {
    return rejections;
  }
}
