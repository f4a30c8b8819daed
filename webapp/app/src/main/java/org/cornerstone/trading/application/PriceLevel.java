package org.cornerstone.trading.application;

/** One price level of the book: the open quantity of every order resting at that price. */
public record PriceLevel(String price, long priceMinor, long quantity, int orders) {}
