package org.cornerstone.offering.application;

import java.time.Instant;

/**
 * A subscription as its investor (and the issuer) sees it.
 *
 * @param status {@code RESERVED}, {@code ALLOCATED}, {@code NOT_ALLOCATED}, {@code SETTLED}
 * @param amountReserved quantity × price, reserved when subscribing
 * @param quantityAllocated after the close (null before)
 * @param amountPaid after the close: allocated × price (null before)
 * @param amountReleased after the close: the reserved cash given back (null before)
 */
public record SubscriptionView(
    long id,
    String offeringId,
    String instrumentId,
    String investor,
    long quantity,
    String currency,
    String amountReserved,
    Instant subscribedAt,
    String status,
    Long quantityAllocated,
    String amountPaid,
    String amountReleased,
    String ledgerTransactionId) {}
