package org.cornerstone.financing.application;

/** Cash an organisation holds: one currency of one settlement bank. */
public record CashLine(String bank, String bankName, String currency, long minor, String amount) {}
