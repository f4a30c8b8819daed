package org.cornerstone.allocation;

/**
 * What one subscription gets.
 *
 * @param requested tokens asked for
 * @param allocated tokens allocated: 0 or between the minimum subscription and {@code requested}
 * @param reservedMinorUnits the cash reserved for the subscription: requested × price
 * @param amountMinorUnits the cash paid for the allocation: allocated × price, exact
 * @param releasedMinorUnits the reserved cash given back: reserved − amount
 */
public record Allocation(
    long subscriptionId,
    long requested,
    long allocated,
    long reservedMinorUnits,
    long amountMinorUnits,
    long releasedMinorUnits) {}
