package org.cornerstone.trading.domain;

import java.time.Instant;

/**
 * One event in an order's life as the store keeps it. Price in minor units (null when the event has
 * none).
 *
 * @param kind {@code ENTERED}, {@code FILLED}, {@code AMENDED}, {@code CANCELLED}, {@code EXPIRED},
 *     {@code REJECTED}, {@code SETTLED} or {@code REFUSED}
 */
public record StoredOrderEvent(
    long orderId, Instant at, String kind, long quantity, Long priceMinor, String reason) {}
