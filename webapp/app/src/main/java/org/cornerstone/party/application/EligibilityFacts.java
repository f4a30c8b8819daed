package org.cornerstone.party.application;

import java.time.LocalDate;

/**
 * What the registrar's transfer rules need of an eligible investor.
 *
 * @param category {@code RETAIL}, {@code QUALIFIED} or {@code INSTITUTIONAL}
 * @param country ISO 3166-1 alpha-2
 * @param kycExpiresOn the last day the investor's KYC is valid
 */
public record EligibilityFacts(
    String username, String category, String country, LocalDate kycExpiresOn) {}
