package org.cornerstone.offering.application;

import java.time.Instant;

/**
 * What the issuer fills in to open an offering. Figures arrive as text so that every problem gets a
 * clear message.
 *
 * @param pricePerToken a decimal in the currency, e.g. {@code 25.00}
 * @param opensAt null: at once (once a trustee approved)
 * @param allocationRule {@code FIRST_COME} or {@code PRO_RATA}
 */
public record OpenOffering(
    String instrumentId,
    Long quantityOffered,
    String pricePerToken,
    String currency,
    Long minimumSubscription,
    Instant opensAt,
    Instant closesAt,
    String allocationRule) {}
