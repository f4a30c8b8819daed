package org.cornerstone.trading.application;

/**
 * Published (after commit) whenever an instrument's book, trades or status changed, so open market
 * screens can refresh themselves without a reload. Carries no data: listeners read the new state
 * through {@link Market}.
 */
public record MarketChanged(String instrumentId) {}
