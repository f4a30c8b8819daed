package org.cornerstone.financing.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.cornerstone.financing.domain.DiscountRequest;

/**
 * A discount request as the holder and the financier see it (amounts in minor units of {@code
 * currency}; quote and settlement fields null until there is one). {@code status} is as of the
 * moment it was read: a quote past its expiry reads {@code EXPIRED}.
 */
public record DiscountView(
    String id,
    String certificateId,
    String obligorOrganisation,
    String obligorName,
    String holderOrganisation,
    String holderName,
    String financierOrganisation,
    String financierName,
    long faceMinor,
    String currency,
    LocalDate maturityDate,
    String status,
    String requestedBy,
    Instant requestedAt,
    BigDecimal annualRate,
    Long flatFeeMinor,
    BigDecimal feeBps,
    LocalDate quotedValueDate,
    Long quotedPriceMinor,
    Long quotedProceedsMinor,
    Instant expiresAt,
    LocalDate valueDate,
    Long priceMinor,
    Long feeMinor,
    Long proceedsMinor,
    String ledgerTransactionId,
    Instant settledAt,
    String closingReason) {

  interface Names {
    String of(String organisationId);
  }

  static DiscountView of(DiscountRequest r, Instant now, Names names) {
    boolean quoted = r.annualRate().isPresent();
    return new DiscountView(
        r.id(),
        r.certificateId(),
        r.obligorOrganisation(),
        names.of(r.obligorOrganisation()),
        r.holderOrganisation(),
        names.of(r.holderOrganisation()),
        r.financierOrganisation(),
        names.of(r.financierOrganisation()),
        r.faceMinor(),
        r.currency(),
        r.maturityDate(),
        r.statusAt(now).name(),
        r.requestedBy(),
        r.requestedAt(),
        r.annualRate().orElse(null),
        quoted ? r.flatFeeMinor() : null,
        quoted ? r.feeBps() : null,
        r.quotedValueDate().orElse(null),
        r.quotedPriceMinor().orElse(null),
        r.quotedProceedsMinor().orElse(null),
        r.expiresAt().orElse(null),
        r.valueDate().orElse(null),
        r.priceMinor().orElse(null),
        r.feeMinor().orElse(null),
        r.proceedsMinor().orElse(null),
        r.ledgerTransactionId().orElse(null),
        r.settledAt().orElse(null),
        r.closingReason().orElse(null));
  }
}
