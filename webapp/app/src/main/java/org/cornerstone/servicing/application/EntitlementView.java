package org.cornerstone.servicing.application;

/**
 * One holder's line in a distribution's entitlement table. Amounts in minor units.
 *
 * @param roundedUp the holder received one of the minor units left over by flooring
 * @param withholdingBps the withholding-tax rate applied (basis points)
 * @param state {@code PENDING}, {@code PAID}, {@code HELD} or {@code RETAINED}
 * @param releasedBy the trustee who released it after the holding was unfrozen (a held entitlement
 *     paid later), else null
 */
public record EntitlementView(
    String holder,
    long quantity,
    boolean frozen,
    long grossMinor,
    boolean roundedUp,
    String country,
    String category,
    int withholdingBps,
    long taxMinor,
    long netMinor,
    String state,
    Integer batchNo,
    String ledgerTransaction,
    String releasedBy) {}
