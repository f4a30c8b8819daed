package org.cornerstone.offering.application;

import java.time.Instant;

/**
 * An offering as screens and the API see it. Amounts are decimals as text in the currency ({@code
 * 25.00}) next to their exact minor units.
 *
 * @param status {@code PENDING_APPROVAL}, {@code OPEN}, {@code REJECTED}, {@code CLOSED}, {@code
 *     SETTLED}
 * @param acceptsSubscriptions open, within its window, and not closed early
 * @param quantitySubscribed tokens asked for by all subscriptions so far
 * @param quantityAllocated after the close: tokens allocated (null before)
 * @param quantityUnallocated after the close: tokens left with the issuer (null before)
 */
public record OfferingView(
    String id,
    String instrumentId,
    String issuerOrganisation,
    String openedBy,
    long quantityOffered,
    String pricePerToken,
    long pricePerTokenMinor,
    String currency,
    long minimumSubscription,
    Instant opensAt,
    Instant closesAt,
    String allocationRule,
    String status,
    boolean acceptsSubscriptions,
    String rejectionReason,
    int subscriptions,
    long quantitySubscribed,
    Long quantityAllocated,
    Long quantityUnallocated) {}
