package org.cornerstone.financing.application;

import java.time.Instant;
import org.cornerstone.financing.domain.CertificateHop;

/** One hop of a certificate (a transfer of part of it), amounts in minor units. */
public record HopView(
    String id,
    String certificateId,
    String requestKey,
    String fromOrganisation,
    String toOrganisation,
    long amountMinor,
    String kind,
    String ledgerTransactionId,
    String requestedBy,
    Instant recordedAt) {
  static HopView of(CertificateHop h) {
    return new HopView(
        h.id(),
        h.certificateId(),
        h.requestKey(),
        h.fromOrganisation(),
        h.toOrganisation(),
        h.amountMinor(),
        h.kind(),
        h.ledgerTransactionId(),
        h.requestedBy(),
        h.recordedAt());
  }
}
