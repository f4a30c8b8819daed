package org.cornerstone.trading.application;

/**
 * A tradable instrument in the market list.
 *
 * @param status {@code OPEN}, {@code HALTED} (market operations) or {@code PAUSED} (issuer agent)
 * @param bestBid decimal text or null; likewise {@code bestAsk} and {@code lastPrice}
 */
public record MarketSummary(
    String instrumentId,
    String assetTitle,
    String currency,
    String status,
    String bestBid,
    String bestAsk,
    String lastPrice) {}
