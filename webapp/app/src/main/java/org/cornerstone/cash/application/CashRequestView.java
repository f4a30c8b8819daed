package org.cornerstone.cash.application;

import java.time.Instant;

/**
 * A deposit or withdrawal as the investor and the bank see it.
 *
 * @param kind {@code DEPOSIT} or {@code WITHDRAWAL}
 * @param status {@code REQUESTED}, {@code CONFIRMED}, {@code REJECTED} or {@code COMPLETED}
 * @param amount for people: {@code 1,250.50}
 * @param ledgerTransactionId the ledger transaction that issued or redeemed the cash, once done
 */
public record CashRequestView(
    String id,
    String kind,
    String status,
    String currency,
    long amountMinor,
    String amount,
    String reference,
    String requestedBy,
    String holder,
    String rejectReason,
    String decidedBy,
    String ledgerTransactionId,
    Instant requestedAt,
    Instant decidedAt,
    Instant completedAt) {}
