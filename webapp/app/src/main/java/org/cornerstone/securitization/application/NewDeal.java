package org.cornerstone.securitization.application;

/**
 * What the arranger asks for when creating a deal; every field as typed (checked by {@link Deals}).
 *
 * @param sellerOrganisation the originator whose holdings go into the pool
 * @param servicerOrganisation who collects and reports each period
 * @param paymentFrequency MONTHLY, QUARTERLY, SEMI_ANNUAL or ANNUAL
 * @param closingDate ISO date, e.g. 2027-01-15
 * @param firstPaymentDate ISO date, after the closing date
 * @param concentrationLimit the largest share of the pool one obligor may have, a decimal such as
 *     "0.20" (default 0.20)
 * @param requestKey makes the creation idempotent (a double submit answers the same deal)
 */
public record NewDeal(
    String name,
    String currency,
    String sellerOrganisation,
    String servicerOrganisation,
    String paymentFrequency,
    String closingDate,
    String firstPaymentDate,
    String concentrationLimit,
    String requestKey) {}
