package org.cornerstone.financing.application;

import java.time.Instant;

/**
 * A notice to a holder about a certificate: {@code PAID_AT_MATURITY}, {@code OVERDUE} (amount still
 * owed) or {@code OVERDUE_SETTLED}.
 */
public record NotificationView(
    String certificateId, String kind, long amountMinor, String currency, Instant createdAt) {}
