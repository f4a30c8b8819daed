package org.cornerstone.cash.application;

import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;

/**
 * Cash promised to one purpose (a subscription, an order, a withdrawal).
 *
 * @param status {@code ACTIVE}, {@code RELEASED} or {@code CONSUMED}
 */
public record CashReservation(
    String key, PartyName holder, MoneyAmount amount, String purpose, String status) {}
