package org.cornerstone.party.application;

import java.time.Instant;
import java.util.List;

/**
 * Everything a page about one investor shows.
 *
 * @param complianceComment what compliance asked for when it last sent the profile back
 * @param eligibility the registrar's record once compliance approved; null before
 */
public record InvestorDetails(
    InvestorSummary summary,
    Instant registeredAt,
    Instant decidedAt,
    String complianceComment,
    String rejectionReason,
    String processInstanceId,
    List<DocumentInfo> documents,
    Eligibility eligibility) {

  /** A stored identity document, without its bytes. {@code type} is the enum name. */
  public record DocumentInfo(
      String id,
      String type,
      String fileName,
      String mediaType,
      long sizeBytes,
      String sha256,
      Instant uploadedAt) {}

  /** The registrar's eligibility record; {@code registrar} is the registrar's name. */
  public record Eligibility(
      String id, String country, String category, Instant approvedAt, String registrar) {}
}
