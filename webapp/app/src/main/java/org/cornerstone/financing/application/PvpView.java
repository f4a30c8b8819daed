package org.cornerstone.financing.application;

import java.time.Instant;

/**
 * A PvP as its parties see it. Amounts in minor units and formatted with the currency's decimals;
 * {@code mayDecide}: the viewer is party B and it is still open.
 */
public record PvpView(
    String id,
    String partyA,
    String partyAName,
    String partyB,
    String partyBName,
    String payCurrency,
    String payBank,
    String payBankName,
    long payMinor,
    String payAmount,
    String receiveCurrency,
    String receiveBank,
    String receiveBankName,
    long receiveMinor,
    String receiveAmount,
    String baseCurrency,
    String rate,
    String status,
    String instructedBy,
    Instant instructedAt,
    String decidedBy,
    Instant decidedAt,
    String declineReason,
    String ledgerTransaction,
    boolean mayDecide) {}
