package org.cornerstone.workflows.servicing;

import java.time.Instant;

/**
 * What the {@code distribution} process asks of the application (implemented by the web app). Each
 * ledger step is idempotent: a retried job finds what it did before.
 */
public interface DistributionSteps {
  /** The record date and payment date as instants: when the record date closes, when to pay. */
  record Dates(Instant recordDateClosesAt, Instant paymentDateAt) {}

  /** Marks the distribution approved and answers its dates. */
  Dates fixRecordDate(String distributionId);

  /** Computes the entitlements from the ledger's cap table when the record date closed. */
  void computeEntitlements(String distributionId);

  /** The servicer's collection reaches the payer's cash on the ledger (once). */
  void fund(String distributionId);

  /** Pays every unpaid entitlement in bounded batches, each batch once. */
  void payHolders(String distributionId);

  /** Records the trustees' rejection with its reason. */
  void reject(String distributionId, String rejectedBy, String reason);
}
