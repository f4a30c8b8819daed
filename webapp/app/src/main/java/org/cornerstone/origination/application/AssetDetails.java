package org.cornerstone.origination.application;

import java.time.Instant;
import java.util.List;
import org.cornerstone.ledger.Holding;

/** Everything a page about one asset shows. */
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
    List<Holding> holders) {

  /** A stored document, without its bytes. */
  public record DocumentInfo(
      String id, String type, String fileName, String mediaType, long sizeBytes, String sha256) {}

  /** A reviewer's decision. */
  public record Decision(
      String step,
      String decidedBy,
      String decidedByName,
      boolean approved,
      String comment,
      Instant at) {}

  /** A process step the asset went through. */
  public record Step(String name, Instant started, Instant ended, String by) {}
}
