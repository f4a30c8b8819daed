package org.cornerstone.trading.application;

/**
 * An order as the investor enters it (order ticket, REST body).
 *
 * @param side {@code BUY} or {@code SELL}
 * @param price limit price per token as decimal text in the instrument's currency ({@code 25.10});
 *     a multiple of the tick size
 * @param quantity whole tokens, a multiple of the lot size
 * @param timeInForce {@code GTC}, {@code DAY}, {@code IOC} or {@code FOK}
 * @param clientOrderKey the caller's idempotency key: the same key from the same investor answers
 *     the order entered the first time (a double submit never enters two orders)
 */
public record OrderTicket(
    String instrumentId,
    String side,
    String price,
    long quantity,
    String timeInForce,
    String clientOrderKey) {}
