package org.cornerstone.trading.application;

/**
 * One line of an instrument's transfer rules as the market shows it: the message key screens
 * translate ({@code rules.categories}, ...), the rule's value in the page's own words (null when
 * the key says it all), and the same line as an English sentence for the API.
 */
public record RuleLine(String key, String value, String text) {}
