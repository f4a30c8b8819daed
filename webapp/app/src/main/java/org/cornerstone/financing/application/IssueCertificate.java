package org.cornerstone.financing.application;

import java.time.LocalDate;

/**
 * The core enterprise issues a payable certificate for a confirmed invoice to the supplier that
 * submitted it.
 *
 * @param certificateId the id to give it (a retry with the same id returns the same certificate)
 * @param faceValueMinor the invoice amount in minor units of {@code currency}
 * @param evidenceDigest SHA-256 (hex) over the evidence: documents, confirmation, review
 * @param receivableId the onboarding case it came from, if any
 */
public record IssueCertificate(
    String certificateId,
    String obligorOrganisation,
    String supplierOrganisation,
    String invoiceNumber,
    String currency,
    long faceValueMinor,
    LocalDate issueDate,
    LocalDate maturityDate,
    String evidenceDigest,
    String receivableId) {}
