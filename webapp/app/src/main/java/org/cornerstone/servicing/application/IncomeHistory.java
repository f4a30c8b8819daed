package org.cornerstone.servicing.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What the servicing context tells other contexts (statements, reports) about income: read-only,
 * ordered by payment date then distribution id.
 */
public interface IncomeHistory {
  /** Entitlements of {@code holder} (ledger party name) with a payment date in [from, to]. */
  List<IncomePayment> paymentsTo(String holder, LocalDate from, LocalDate to);

  /** Every distribution of the instrument, oldest first. */
  List<DistributionSummary> distributionsOf(String instrumentId);
}
