package org.cornerstone.origination.application;

import java.time.Instant;
import java.util.List;

/**
 * Everything a page about one asset shows. {@code holdersUnavailable} says why the holders could
 * not be read from the ledger just now (the page still shows the rest); null when they were read.
 */
public record AssetDetails(
    AssetSummary summary,
    String address,
    String jurisdiction,
    String issuerOrganisation,
    String processInstanceId,
    String missingDocuments,
    String rejectionReason,
    String ledgerTransactionId,
    String diligenceDigest,
    Instant tokenizedAt,
    List<DocumentInfo> documents,
    List<Decision> decisions,
    List<Step> steps,
    List<Holder> holders,
    String riskClass,
    Copyright copyright,
    ValuationInfo valuation,
    String reworkComment,
    List<String> currentSteps,
    String processDefinition,
    String reworkTaskId,
    String holdersUnavailable) {

  /** How many tokens of the asset one holder has on the ledger. */
  public record Holder(String assetId, String holder, long quantity) {}

  /** Registration evidence of a copyright. */
  public record Copyright(
      String registrationNumber,
      String registrationAuthority,
      String authors,
      String rightsHolder) {}

  /**
   * The valuation as the trustee sees it: the figure, how it was found, what it assumed and how
   * much may be tokenized.
   */
  public record ValuationInfo(
      String method,
      String amount,
      String computedAmount,
      int loanToValueBps,
      String tokenizationCap,
      String valuedBy,
      Instant valuedAt,
      String reportDocumentId,
      String discountRate,
      String decayRate,
      Integer horizonMonths,
      String baseMonthlyRoyalty,
      Integer monthsOfHistory,
      String overrideReason,
      String tokenizedAmountPerToken) {}

  /** A stored document, without its bytes. */
  public record DocumentInfo(
      String id, String type, String fileName, String mediaType, long sizeBytes, String sha256) {}

  /** A reviewer's decision. */
  public record Decision(
      String step,
      String decidedBy,
      String decidedByName,
      String outcome,
      String comment,
      Instant at) {

    public boolean approved() {
      return "APPROVE".equals(outcome);
    }
  }

  /** A process step the asset went through. */
  public record Step(String name, Instant started, Instant ended, String by) {}
}
