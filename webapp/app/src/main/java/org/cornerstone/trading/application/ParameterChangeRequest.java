package org.cornerstone.trading.application;

/**
 * A change of a market's parameters (REST body of {@code PUT /api/market/{id}/parameters}).
 *
 * @param tickSize the price tick in the instrument's currency, decimal text, above 0
 * @param lotSize quantities must be multiples of it, at least 1
 * @param bandPercent orders must be within ± this % of the reference price, 1 to 50
 * @param feeBps the buyer's trading fee in basis points of the notional, 0 to 100
 * @param minFee the minimum fee of an order that trades, decimal text, 0 or more (absent: 0)
 * @param reason why (optional, up to 500 characters), recorded with the change
 */
public record ParameterChangeRequest(
    String tickSize,
    Long lotSize,
    Integer bandPercent,
    Integer feeBps,
    String minFee,
    String reason) {}
