package org.cornerstone.financing.application;

/**
 * A settlement bank credits a deposit it received to a supply-chain party, in its own cash tokens:
 * the organisation id, the currency, the amount as typed, the bank's deposit reference and the
 * client's idempotency key.
 */
public record CashCredit(
    String organisation, String currency, String amount, String reference, String requestKey) {}
