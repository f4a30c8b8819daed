package org.cornerstone.securitization.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cornerstone.reports.securitization.PoolReport;
import org.cornerstone.securitization.domain.StoredPaymentDate;
import org.cornerstone.waterfall.Deal;
import org.cornerstone.waterfall.PeriodCollections;
import org.cornerstone.waterfall.PeriodResult;
import org.cornerstone.waterfall.Waterfall;

/**
 * Builds the pool / investor report's model from a deal's stored payment dates: the waterfall is
 * run again over the stored collections from closing (pure and deterministic, so it gives exactly
 * the results stored period by period), and each result is mapped to the report's period. A trigger
 * whose test does not apply in a period (the engine's value {@code null}: nothing due or nothing
 * outstanding) is shown with the value 0 and its verdict. All amounts stay in minor units.
 */
public final class InvestorReports {
  /** The parties named on the report's cover. */
  public record Parties(String spv, String trustee, String servicer) {}

  private InvestorReports() {}

  /** The periods' collections as the engine takes them, period 1 first. */
  public static List<PeriodCollections> collections(List<StoredPaymentDate> periods) {
    return periods.stream()
        .map(
            p ->
                new PeriodCollections(
                    p.period(),
                    p.collections().interest(),
                    p.collections().principal(),
                    p.collections().recoveries(),
                    p.collections().losses()))
        .toList();
  }

  /**
   * The report over {@code periods} (consecutive from period 1, as stored), in {@code language}.
   * The step log is the last period's.
   */
  public static PoolReport report(
      Deal deal,
      Parties parties,
      List<StoredPaymentDate> periods,
      Locale language,
      Instant generatedAt) {
    List<PeriodResult> results = Waterfall.run(deal, collections(periods));
    List<PoolReport.Period> out = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      out.add(period(results.get(i), periods.get(i)));
    }
    return new PoolReport(
        language, terms(deal, parties), generatedAt, out, results.get(results.size() - 1).log());
  }

  static PoolReport.Deal terms(Deal deal, Parties parties) {
    return new PoolReport.Deal(
        deal.dealId(),
        deal.name(),
        deal.currency(),
        parties.spv(),
        parties.trustee(),
        parties.servicer(),
        deal.closingDate(),
        deal.poolOriginalBalance(),
        deal.tranches().stream()
            .map(
                t ->
                    new PoolReport.TrancheTerms(
                        t.name(),
                        PoolReport.TrancheClass.valueOf(t.trancheClass().name()),
                        t.originalBalance(),
                        t.coupon()))
            .toList(),
        deal.triggers().stream()
            .map(t -> new PoolReport.TriggerTerms(t.name(), t.test().name(), t.curable()))
            .toList());
  }

  /** One engine result and its servicer report as the report's period. */
  public static PoolReport.Period period(PeriodResult r, StoredPaymentDate stored) {
    LocalDate record = stored.recordDate();
    if (record != null && record.isAfter(r.paymentDate())) {
      record = null;
    }
    StoredPaymentDate.Delinquency d = stored.delinquency();
    return new PoolReport.Period(
        r.period(),
        r.paymentDate(),
        record,
        r.poolBalanceEnd(),
        r.poolFactor(),
        new PoolReport.Collections(
            r.collections().interest(), r.collections().principal(), r.collections().recoveries()),
        r.collections().losses(),
        new PoolReport.Delinquency(
            bucket(d.current()), bucket(d.days30()), bucket(d.days60()), bucket(d.days90Plus())),
        r.stateAfter().cumulativeLosses(),
        r.tranches().stream()
            .map(
                t ->
                    new PoolReport.TranchePeriod(
                        t.name(),
                        t.balanceStart(),
                        t.interestDue(),
                        t.interestPaid(),
                        t.interestShortfall(),
                        t.principalPaid(),
                        t.writeDown(),
                        t.balanceEnd()))
            .toList(),
        r.fees().stream().map(f -> new PoolReport.FeePeriod(f.name(), f.due(), f.paid())).toList(),
        r.reserve().balanceEnd(),
        r.triggers().stream()
            .map(
                t ->
                    new PoolReport.TriggerPeriod(
                        t.name(),
                        t.value() == null ? BigDecimal.ZERO : t.value(),
                        t.threshold(),
                        t.breached()))
            .toList());
  }

  private static PoolReport.Bucket bucket(StoredPaymentDate.Bucket b) {
    return new PoolReport.Bucket(b.balance(), b.count());
  }
}
