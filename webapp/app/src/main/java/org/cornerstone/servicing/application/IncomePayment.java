package org.cornerstone.servicing.application;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One holder's entitlement in one distribution, as statements and income pages show it. Amounts are
 * whole minor units of {@code currency}; {@code net = gross - tax}.
 *
 * @param holder the holder's ledger party name (the organisation that holds the tokens)
 * @param quantity the tokens held at the record date
 * @param state {@code PENDING} (not paid yet), {@code PAID}, or {@code HELD} (the holding was
 *     frozen at the record date: the entitlement is kept, not lost)
 * @param ledgerTransactionId the payment's ledger transaction once paid
 */
public record IncomePayment(
    String distributionId,
    String instrumentId,
    String instrumentName,
    LocalDate recordDate,
    LocalDate paymentDate,
    String holder,
    long quantity,
    String currency,
    long grossMinor,
    long taxMinor,
    long netMinor,
    String state,
    Optional<String> ledgerTransactionId) {}
