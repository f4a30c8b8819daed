package org.cornerstone.workflows.copyright;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The application as the copyright process sees it, in memory: documents missing per check, a
 * royalty history valued with the real calculator, an idempotent ledger that can be made to fail,
 * notifications and rejections.
 */
final class FakeCopyrightOnboardingSteps implements CopyrightOnboardingSteps {

  /** 24 months of 1000.00. */
  static final RoyaltyHistory HISTORY = RoyaltyValuationTest.flat(24, "1000.00");

  private final Deque<List<String>> missingPerCheck = new ArrayDeque<>();
  private final List<List<String>> requiredPerCheck = new ArrayList<>();
  private final List<RoyaltyValuation.Assumptions> valuations = new ArrayList<>();
  private final Map<String, String> ledger = new LinkedHashMap<>();
  private final Map<String, BigDecimal> issuedCaps = new LinkedHashMap<>();
  private final List<String> issuanceCalls = new ArrayList<>();
  private final List<String> notifications = new ArrayList<>();
  private final Map<String, String> rejections = new LinkedHashMap<>();
  private int failuresBeforeLedger;

  /** The next completeness checks report these missing document types, one list per check. */
  FakeCopyrightOnboardingSteps missingOnNextChecks(List<String> first) {
    missingPerCheck.add(first);
    return this;
  }

  FakeCopyrightOnboardingSteps ledgerUnavailable(int times) {
    failuresBeforeLedger = times;
    return this;
  }

  @Override
  public List<String> findMissingDocuments(String assetId, List<String> requiredDocumentTypes) {
    requiredPerCheck.add(requiredDocumentTypes);
    List<String> missing = missingPerCheck.poll();
    return missing == null ? List.of() : missing;
  }

  @Override
  public RoyaltyValuation.Valuation valueRoyalties(
      String assetId, RoyaltyValuation.Assumptions assumptions, int loanToValueBps) {
    valuations.add(assumptions);
    return RoyaltyValuation.value(HISTORY, assumptions);
  }

  @Override
  public String issueTokens(String assetId, BigDecimal tokenizationCap) {
    issuanceCalls.add(assetId);
    if (failuresBeforeLedger > 0) {
      failuresBeforeLedger--;
      throw new IllegalStateException("Ledger unavailable");
    }
    issuedCaps.put(assetId, tokenizationCap);
    return ledger.computeIfAbsent(assetId, id -> "tx-" + UUID.randomUUID());
  }

  @Override
  public void notifyOriginator(String assetId, String originator, String ledgerTransactionId) {
    notifications.add(assetId + "|" + originator + "|" + ledgerTransactionId);
  }

  @Override
  public void recordRejection(String assetId, String reason) {
    rejections.put(assetId, reason);
  }

  List<List<String>> requiredPerCheck() {
    return requiredPerCheck;
  }

  List<RoyaltyValuation.Assumptions> valuations() {
    return valuations;
  }

  Map<String, String> ledger() {
    return ledger;
  }

  Map<String, BigDecimal> issuedCaps() {
    return issuedCaps;
  }

  List<String> issuanceCalls() {
    return issuanceCalls;
  }

  List<String> notifications() {
    return notifications;
  }

  Map<String, String> rejections() {
    return rejections;
  }
}
