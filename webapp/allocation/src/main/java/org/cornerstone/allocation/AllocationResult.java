package org.cornerstone.allocation;

import java.util.List;

/**
 * The allocation of a whole book.
 *
 * @param allocations one per subscription, in the order of the book given
 * @param demanded tokens asked for in total
 * @param allocated tokens allocated in total: never more than offered nor demanded
 * @param unallocated the remainder stated: offered − allocated (stays with the issuer)
 * @param oversubscribed demanded &gt; offered
 * @param amountMinorUnits cash paid in total: allocated × price
 */
public record AllocationResult(
    List<Allocation> allocations,
    long demanded,
    long allocated,
    long unallocated,
    boolean oversubscribed,
    long amountMinorUnits) {
  public AllocationResult {
    allocations = List.copyOf(allocations);
  }
}
