package org.cornerstone.cash.application;

import org.cornerstone.ledgergateway.PartyName;

/**
 * A holder's cash in one currency, in minor units: what the ledger holds, what is promised to open
 * subscriptions, orders and withdrawals, and what is left ({@code balance − reserved}).
 */
public record CashBalance(
    PartyName holder,
    String currency,
    long balanceMinor,
    long reservedMinor,
    long availableMinor) {}
