package org.cornerstone.trading.application;

import java.time.Instant;

/** One bar of the price and volume chart: trades in [{@code from}, next bar). */
public record PricePoint(
    Instant from, String open, String high, String low, String close, long volume) {}
