package org.cornerstone.party.application;

import java.time.Instant;

/**
 * One investor in a list or on a compliance task.
 *
 * @param country ISO 3166-1 alpha-2 code, null before the profile is submitted
 * @param category {@code RETAIL}, {@code QUALIFIED} or {@code INSTITUTIONAL}; null before
 * @param status one of {@link org.cornerstone.party.domain.InvestorStatus} (i18n key {@code
 *     investor.status.<STATUS>})
 */
public record InvestorSummary(
    String id,
    String legalName,
    String username,
    String country,
    String category,
    String status,
    Instant submittedAt) {}
