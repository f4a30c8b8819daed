package org.cornerstone.financing.application;

import java.time.LocalDate;
import org.cornerstone.financing.domain.PayableCertificate;

/**
 * A payable certificate as screens and other contexts see it. Amounts in minor units of {@code
 * currency} (one certificate token is one minor unit).
 *
 * @param id the certificate's id, also its instrument's id on the ledger
 * @param ledgerTransactionId the issuing transaction, null until the tokens are issued
 */
public record CertificateView(
    String id,
    String obligorOrganisation,
    String firstHolderOrganisation,
    long faceValueMinor,
    String currency,
    LocalDate issueDate,
    LocalDate maturityDate,
    String invoiceNumber,
    String invoiceFingerprint,
    String evidenceDigest,
    String receivableId,
    String ledgerTransactionId) {

  static CertificateView of(PayableCertificate c) {
    return new CertificateView(
        c.id(),
        c.obligorOrganisation(),
        c.firstHolderOrganisation(),
        c.faceValueMinor(),
        c.currency(),
        c.issueDate(),
        c.maturityDate(),
        c.invoiceNumber(),
        c.invoiceFingerprint(),
        c.evidenceDigest(),
        c.receivableId().orElse(null),
        c.ledgerTransactionId().orElse(null));
  }
}
