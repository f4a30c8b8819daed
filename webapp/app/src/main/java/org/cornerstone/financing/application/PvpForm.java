package org.cornerstone.financing.application;

/**
 * A PvP as party A instructs it, as typed: the counterparty (an organisation id), what A pays
 * (currency and the settlement bank whose cash, by organisation id), what A receives from B, the
 * currency the rate is quoted for ({@code baseCurrency}, one of the two), the amount of that
 * currency (e.g. {@code "100,000.00"}) and the rate as units of the other currency per one unit of
 * it (e.g. {@code "7.1234"}). {@code requestKey}: the client's idempotency key (optional).
 */
public record PvpForm(
    String counterparty,
    String payCurrency,
    String payBank,
    String receiveCurrency,
    String receiveBank,
    String baseCurrency,
    String baseAmount,
    String rate,
    String requestKey) {}
