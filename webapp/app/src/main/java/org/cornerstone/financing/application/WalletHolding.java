package org.cornerstone.financing.application;

import java.time.LocalDate;

/**
 * A certificate a holder organisation holds: how much (minor units; the frozen part cannot move),
 * the obligor, the maturity date and the certificate's maturity state ({@code OUTSTANDING}, {@code
 * MATURED} (the date has come, payment pending), {@code PAID}, {@code OVERDUE}, {@code SETTLED}).
 */
public record WalletHolding(
    String certificateId,
    String obligorOrganisation,
    String obligorName,
    long amountMinor,
    long frozenMinor,
    String currency,
    LocalDate maturityDate,
    String state) {}
