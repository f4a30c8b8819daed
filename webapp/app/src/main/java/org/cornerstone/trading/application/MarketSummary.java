package org.cornerstone.trading.application;

/**
 * A tradable instrument in the market list.
 *
 * @param status {@code OPEN}, {@code HALTED} (market operations) or {@code PAUSED} (issuer agent)
 * @param bestBid decimal text or null; likewise {@code bestAsk} and {@code lastPrice}
 * @param statusReason why the market is {@code HALTED} (market operations) or {@code PAUSED}
 *     (issuer agent, transfer rules); null when {@code OPEN}
 */
public record MarketSummary(
    String instrumentId,
    String assetTitle,
    String currency,
    String status,
    String bestBid,
    String bestAsk,
    String lastPrice,
    String statusReason) {}
