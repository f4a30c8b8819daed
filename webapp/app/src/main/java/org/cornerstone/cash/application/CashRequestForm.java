package org.cornerstone.cash.application;

/**
 * What an investor submits to deposit or withdraw: the amount as typed ({@code "1250.50"}), the
 * currency, the bank reference of the wire (deposits), and an idempotency key so that a double
 * submit makes one request (a random one when the client sends none).
 */
public record CashRequestForm(
    String amount, String currency, String reference, String requestKey) {}
