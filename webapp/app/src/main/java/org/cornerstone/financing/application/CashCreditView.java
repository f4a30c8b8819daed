package org.cornerstone.financing.application;

/** A credited deposit: who received how much of which bank's cash, and its ledger transaction. */
public record CashCreditView(
    String organisation,
    String bank,
    String currency,
    long minor,
    String amount,
    String ledgerTransaction) {}
