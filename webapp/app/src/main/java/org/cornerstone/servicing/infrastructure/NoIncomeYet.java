package org.cornerstone.servicing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.cornerstone.servicing.application.DistributionSummary;
import org.cornerstone.servicing.application.IncomeHistory;
import org.cornerstone.servicing.application.IncomePayment;

/**
 * Temporary: no income anywhere, so that statements and reports run before distributions exist.
 * <b>Replaced by the distribution context</b> ({@code DistributionIncomeHistory}); delete this file
 * when that implementation is merged. Nothing refers to this class by name.
 */
@ApplicationScoped
public class NoIncomeYet implements IncomeHistory {
  @Override
  public List<IncomePayment> paymentsTo(String holder, LocalDate from, LocalDate to) {
    return List.of();
  }

  @Override
  public List<DistributionSummary> distributionsOf(String instrumentId) {
    return List.of();
  }
}
