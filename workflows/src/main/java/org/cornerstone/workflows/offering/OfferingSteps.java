package org.cornerstone.workflows.offering;

import java.util.List;

/**
 * What the {@code primary-offering} process asks of the application. Implemented by the web app.
 */
public interface OfferingSteps {

  /** The trustee approved the terms: subscriptions are accepted from now until the close. */
  void open(String offeringId);

  /** The trustee refused the terms; the offering never opens. */
  void recordRejection(String offeringId, String reason);

  /**
   * Closes the book and allocates (the offering's rule), releasing the reserved cash that is not
   * allocated. Idempotent: a retry returns the allocations made the first time.
   *
   * @return the numbers of the allocations to settle (those with tokens), in order
   */
  List<Integer> allocate(String offeringId);

  /**
   * Settles one allocation: tokens from the issuer to the investor and cash back, one ledger
   * transaction, idempotent by the allocation's request key; records the transaction id.
   */
  void settleAllocation(String offeringId, int allocationNumber);

  /** Every allocation settled: the offering is done. */
  void recordSettled(String offeringId);
}
