package org.cornerstone.servicing.application;

import java.util.List;
import org.cornerstone.servicing.domain.HeldEntitlements;
import org.cornerstone.servicing.domain.StoredDistribution;
import org.cornerstone.servicing.domain.StoredEntitlement;

/** Records for screens and other contexts, made from what is stored. */
final class DistributionViews {
  private DistributionViews() {}

  static DistributionSummary summary(StoredDistribution d, List<StoredEntitlement> entitlements) {
    return new DistributionSummary(
        d.id(),
        d.instrumentId(),
        d.period(),
        d.currency(),
        d.grossMinor(),
        d.costsMinor(),
        d.netMinor(),
        d.taxMinor(),
        d.remainderMinor(),
        d.recordDate(),
        d.paymentDate(),
        entitlements.size(),
        d.state());
  }

  static DistributionView view(StoredDistribution d, List<StoredEntitlement> entitlements) {
    return new DistributionView(
        summary(d, entitlements),
        d.instrumentName(),
        d.payer(),
        d.supply(),
        d.reportedBy(),
        d.reportedAt(),
        d.firstApprover(),
        d.secondApprover(),
        d.needsSecond(),
        d.rejectionReason(),
        d.evidence().fileName(),
        d.evidence().sha256(),
        d.fundingTransaction(),
        entitlements.stream().map(DistributionViews::entitlement).toList(),
        HeldEntitlements.totals(entitlements));
  }

  static EntitlementView entitlement(StoredEntitlement e) {
    return new EntitlementView(
        e.holder(),
        e.quantity(),
        e.frozen(),
        e.grossMinor(),
        e.roundedUp(),
        e.country(),
        e.category(),
        e.withholdingBps(),
        e.taxMinor(),
        e.netMinor(),
        e.state(),
        e.batchNo(),
        e.ledgerTransaction(),
        e.releasedBy());
  }
}
