package org.cornerstone.workflows.origination;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cornerstone.workflows.rules.TokenizationCap;

/**
 * The application as the real-estate process sees it, in memory and thread-safe (the throughput
 * benchmark shares one): documents missing per check, valuations recorded with the real cap rule,
 * an idempotent ledger that can be made to fail, notifications and rejections.
 */
public final class FakeOnboardingSteps implements OnboardingSteps {

  /** One {@link #recordValuation} call. */
  public record RecordedValuation(String assetId, BigDecimal appraisedValue, int loanToValueBps) {}

  private final Deque<List<String>> missingPerCheck = new ArrayDeque<>();
  private final List<List<String>> requiredPerCheck = new ArrayList<>();
  private final List<RecordedValuation> valuations = new ArrayList<>();
  private final Map<String, String> ledger = new LinkedHashMap<>();
  private final Map<String, BigDecimal> issuedCaps = new LinkedHashMap<>();
  private final List<String> issuanceCalls = new ArrayList<>();
  private final List<String> notifications = new ArrayList<>();
  private final Map<String, String> rejections = new LinkedHashMap<>();
  private int failuresBeforeLedger;
  private int failuresAfterLedger;

  /** The next completeness check reports these document types missing (one list per check). */
  public synchronized FakeOnboardingSteps missingOnNextCheck(List<String> missing) {
    missingPerCheck.add(List.copyOf(missing));
    return this;
  }

  /** The next {@code times} issuance calls fail before anything reaches the ledger. */
  public synchronized FakeOnboardingSteps ledgerUnavailable(int times) {
    failuresBeforeLedger = times;
    return this;
  }

  /** The next {@code times} issuance calls fail after the ledger committed (reply lost). */
  public synchronized FakeOnboardingSteps replyLostAfterLedgerCommit(int times) {
    failuresAfterLedger = times;
    return this;
  }

  @Override
  public synchronized List<String> findMissingDocuments(
      String assetId, List<String> requiredDocumentTypes) {
    requiredPerCheck.add(List.copyOf(requiredDocumentTypes));
    List<String> missing = missingPerCheck.poll();
    return missing == null ? List.of() : missing;
  }

  @Override
  public synchronized BigDecimal recordValuation(
      String assetId, BigDecimal appraisedValue, int loanToValueBps) {
    valuations.add(new RecordedValuation(assetId, appraisedValue, loanToValueBps));
    return TokenizationCap.capAmount(appraisedValue, loanToValueBps);
  }

  @Override
  public synchronized String issueTokens(String assetId, BigDecimal tokenizationCap) {
    issuanceCalls.add(assetId);
    if (failuresBeforeLedger > 0) {
      failuresBeforeLedger--;
      throw new IllegalStateException("Ledger unavailable");
    }
    String transactionId = ledger.computeIfAbsent(assetId, id -> "tx-" + UUID.randomUUID());
    issuedCaps.putIfAbsent(assetId, tokenizationCap);
    if (failuresAfterLedger > 0) {
      failuresAfterLedger--;
      throw new IllegalStateException("Ledger reply lost");
    }
    return transactionId;
  }

  @Override
  public synchronized void notifyOriginator(
      String assetId, String originator, String ledgerTransactionId) {
    notifications.add(assetId + "|" + originator + "|" + ledgerTransactionId);
  }

  @Override
  public synchronized void recordRejection(String assetId, String reason) {
    rejections.put(assetId, reason);
  }

  /** The required document types passed to each completeness check, in order. */
  public synchronized List<List<String>> requiredPerCheck() {
    return List.copyOf(requiredPerCheck);
  }

  public synchronized List<RecordedValuation> valuations() {
    return List.copyOf(valuations);
  }

  /** Transactions on the ledger, by asset id. */
  public synchronized Map<String, String> ledger() {
    return new LinkedHashMap<>(ledger);
  }

  /** The cap each asset's tokens were issued for, by asset id. */
  public synchronized Map<String, BigDecimal> issuedCaps() {
    return new LinkedHashMap<>(issuedCaps);
  }

  public synchronized List<String> issuanceCalls() {
    return List.copyOf(issuanceCalls);
  }

  /** {@code assetId|originator|ledgerTransactionId} per notification. */
  public synchronized List<String> notifications() {
    return List.copyOf(notifications);
  }

  /** Recorded rejection reasons, by asset id. */
  public synchronized Map<String, String> rejections() {
    return new LinkedHashMap<>(rejections);
  }
}
