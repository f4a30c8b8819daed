package org.cornerstone.offering.application;

/**
 * One line of an offering's reconciliation: a subscription, what it was allocated and the ledger
 * transaction that settled it.
 *
 * @param number the allocation's number (null when nothing was allocated)
 * @param requestKey the ledger request key of its settlement, {@code offering-ID.allocation-N}
 * @param ledgerTransactionId the DvP transaction (null until settled)
 */
public record AllocationView(
    Integer number,
    long subscriptionId,
    String investor,
    String holder,
    long requested,
    long allocated,
    String amount,
    long amountMinor,
    String released,
    String status,
    String requestKey,
    String ledgerTransactionId) {}
