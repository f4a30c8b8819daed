package org.cornerstone.trading.application;

import java.time.Instant;

/**
 * One event in an order's life.
 *
 * @param kind {@code ENTERED}, {@code FILLED} (one per trade), {@code AMENDED} (quantity: the new
 *     open quantity), {@code CANCELLED}, {@code EXPIRED}, {@code REJECTED} (quantity: what was
 *     still open), {@code SETTLED} or {@code REFUSED} (one of its trades' settlement)
 * @param price decimal text, null when the event has no price
 * @param reason who or why (the operator's reason of a cancel-all, the trade, the refusal), or null
 */
public record OrderEvent(Instant at, String kind, long quantity, String price, String reason) {}
