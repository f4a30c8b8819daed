package org.cornerstone.trading.application;

import java.time.Instant;

/**
 * A trade (an execution between a buy and a sell order) and its settlement.
 *
 * @param amount price × quantity, decimal text; exact (no rounding: price is in minor units)
 * @param settlement {@code PENDING}, {@code SETTLED}, {@code RETRYING}, {@code INCIDENT} (kept
 *     failing: reservations stay until market operations resolve it) or {@code REFUSED} (a transfer
 *     rule refused it at settlement: not settled, reservations released)
 * @param ledgerTransactionId the DvP transaction once settled
 * @param settlementProblem the last reason settlement failed or was refused, null otherwise
 */
public record TradeView(
    long tradeId,
    String instrumentId,
    String buyer,
    String seller,
    long buyOrderId,
    long sellOrderId,
    String price,
    long priceMinor,
    long quantity,
    String amount,
    long amountMinor,
    String currency,
    Instant executedAt,
    String settlement,
    String ledgerTransactionId,
    String settlementProblem) {}
