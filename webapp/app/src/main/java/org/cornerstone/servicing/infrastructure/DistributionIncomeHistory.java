package org.cornerstone.servicing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.servicing.application.DistributionSummary;
import org.cornerstone.servicing.application.IncomeHistory;
import org.cornerstone.servicing.application.IncomePayment;
import org.cornerstone.servicing.domain.DistributionStore;
import org.cornerstone.servicing.domain.StoredDistribution;
import org.cornerstone.servicing.domain.StoredEntitlement;

/**
 * {@link IncomeHistory} from the stored distributions. A holder's entitlement states map to {@code
 * PENDING}, {@code PAID} and {@code HELD}; the payer's own tokens ({@code RETAINED}) are not income
 * and are left out. Rejected distributions have no entitlements.
 */
@ApplicationScoped
@Transactional
public class DistributionIncomeHistory implements IncomeHistory {
  @Inject DistributionStore store;

  public DistributionIncomeHistory() {}

  public DistributionIncomeHistory(DistributionStore store) {
    this.store = store;
  }

  @Override
  public List<IncomePayment> paymentsTo(String holder, LocalDate from, LocalDate to) {
    Map<String, StoredDistribution> distributions = new HashMap<>();
    return store.entitlementsOf(holder, from, to).stream()
        .filter(e -> !StoredEntitlement.RETAINED.equals(e.state()))
        .map(
            e -> {
              StoredDistribution d =
                  distributions.computeIfAbsent(
                      e.distributionId(), id -> store.find(id).orElseThrow());
              return new IncomePayment(
                  d.id(),
                  d.instrumentId(),
                  d.instrumentName(),
                  d.recordDate(),
                  d.paymentDate(),
                  e.holder(),
                  e.quantity(),
                  d.currency(),
                  e.grossMinor(),
                  e.taxMinor(),
                  e.netMinor(),
                  e.state(),
                  Optional.ofNullable(e.ledgerTransaction()));
            })
        .sorted(
            Comparator.comparing(IncomePayment::paymentDate)
                .thenComparing(IncomePayment::distributionId))
        .toList();
  }

  @Override
  public List<DistributionSummary> distributionsOf(String instrumentId) {
    return store.ofInstrument(instrumentId).stream()
        .map(
            d -> {
              List<StoredEntitlement> entitlements = store.entitlements(d.id());
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
            })
        .toList();
  }
}
