package org.cornerstone.financing.application;

/**
 * A financier's exposure to one obligor in one currency (minor units of face value): held on the
 * ledger, accepted and not yet settled, their sum, the limit and what is left under it (both null
 * without a limit).
 */
public record ExposureView(
    String obligorOrganisation,
    String obligorName,
    String currency,
    long heldMinor,
    long acceptedUnsettledMinor,
    long exposureMinor,
    Long limitMinor,
    Long headroomMinor) {}
