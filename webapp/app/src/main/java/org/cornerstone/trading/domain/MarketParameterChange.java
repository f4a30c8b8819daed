package org.cornerstone.trading.domain;

import java.time.Instant;

/** One change of a market's parameters: who, when, old → new, and why. */
public record MarketParameterChange(
    String instrumentId,
    String changedBy,
    Instant changedAt,
    MarketParameters before,
    MarketParameters after,
    String reason) {}
