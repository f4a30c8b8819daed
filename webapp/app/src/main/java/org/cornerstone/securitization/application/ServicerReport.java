package org.cornerstone.securitization.application;

/**
 * What the servicer reports for one period of a deal: amounts as typed ({@code 45,000.00}), in the
 * deal's currency, at most its minor digits; counts are whole numbers (may be null for 0).
 *
 * @param period the period the report is for: the next one of the deal (1 for the first)
 * @param losses defaulted principal written off the pool this period
 * @param recoveries cash recovered on earlier defaults
 * @param current the balance of the pool's assets that are current, {@code days30} 30 to 59 days
 *     past due, {@code days60} 60 to 89, {@code days90Plus} 90 or more
 */
public record ServicerReport(
    Integer period,
    String interest,
    String principal,
    String recoveries,
    String losses,
    String current,
    Integer currentCount,
    String days30,
    Integer days30Count,
    String days60,
    Integer days60Count,
    String days90Plus,
    Integer days90PlusCount) {}
