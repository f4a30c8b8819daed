package org.cornerstone.financing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cornerstone.financing.domain.ReceivableCase;
import org.cornerstone.financing.domain.ReceivableDocument;

/**
 * A receivable in onboarding as screens and the API see it. The amount in minor units of {@code
 * currency} and as text with the currency's decimals.
 *
 * @param reason the debtor's dispute reason or compliance's rejection reason, else null
 * @param certificateId the payable certificate issued for it, else null
 */
public record ReceivableView(
    String id,
    String supplierOrganisation,
    String submittedBy,
    String debtorOrganisation,
    String invoiceNumber,
    String invoiceFingerprint,
    long amountMinor,
    String amount,
    String currency,
    LocalDate issueDate,
    LocalDate dueDate,
    String status,
    String confirmedBy,
    String approvedBy,
    String decidedBy,
    String reason,
    String certificateId,
    Instant submittedAt,
    List<Document> documents) {

  /** A stored document: its type, name, media type, size and SHA-256. */
  public record Document(
      String id, String type, String fileName, String mediaType, long sizeBytes, String sha256) {}

  static ReceivableView of(ReceivableCase r, List<ReceivableDocument> documents) {
    return new ReceivableView(
        r.id(),
        r.supplierOrganisation(),
        r.submittedBy(),
        r.debtorOrganisation(),
        r.invoiceNumber(),
        r.invoiceFingerprint(),
        r.amountMinor(),
        ReceivableTerms.format(r.amountMinor(), r.currency()),
        r.currency(),
        r.issueDate(),
        r.dueDate(),
        r.status().name(),
        r.confirmedBy().orElse(null),
        r.approvedBy().orElse(null),
        r.decidedBy().orElse(null),
        r.reason().orElse(null),
        r.certificateId().orElse(null),
        r.submittedAt(),
        documents.stream()
            .map(
                d ->
                    new Document(
                        d.id(),
                        d.documentType().name(),
                        d.fileName(),
                        d.mediaType(),
                        d.sizeBytes(),
                        d.sha256()))
            .toList());
  }
}
