package org.cornerstone.securitization.application;

import java.util.List;
import org.cornerstone.securitization.domain.Deal;
import org.cornerstone.securitization.domain.StoredPaymentDate;
import org.cornerstone.waterfall.PeriodResult;

/** Maps a stored payment date and its waterfall result to the record screens and the API get. */
final class PaymentDateViews {
  private PaymentDateViews() {}

  static PaymentDateView view(
      Deal deal, org.cornerstone.waterfall.Deal engine, StoredPaymentDate p, PeriodResult r) {
    List<TrancheDistributions.TranchePayment> payments = TrancheDistributions.of(r);
    StoredPaymentDate.Delinquency d = p.delinquency();
    return new PaymentDateView(
        p.id(),
        p.dealId(),
        deal.name(),
        deal.currency(),
        p.period(),
        p.paymentDate(),
        p.status(),
        a(p.collections().interest(), engine),
        a(p.collections().principal(), engine),
        a(p.collections().recoveries(), engine),
        a(p.collections().losses(), engine),
        List.of(
            bucket("CURRENT", d.current(), engine),
            bucket("DAYS_30", d.days30(), engine),
            bucket("DAYS_60", d.days60(), engine),
            bucket("DAYS_90_PLUS", d.days90Plus(), engine)),
        a(r.poolBalanceStart(), engine),
        a(r.poolBalanceEnd(), engine),
        r.poolFactor().toPlainString(),
        r.juniorTransfersRestricted(),
        p.recordDate(),
        p.reportedBy(),
        p.reportedAt(),
        p.approvedBy(),
        p.rejectedBy(),
        p.rejectionReason(),
        r.tranches().stream()
            .map(
                t ->
                    new PaymentDateView.TrancheView(
                        t.name(),
                        t.trancheClass().name(),
                        a(t.balanceStart(), engine),
                        a(t.interestDue(), engine),
                        a(t.interestPaid(), engine),
                        a(t.interestShortfall(), engine),
                        a(t.principalPaid(), engine),
                        a(t.writeDown(), engine),
                        a(t.balanceEnd(), engine),
                        a(
                            payments.stream()
                                .filter(x -> x.tranche().equals(t.name()))
                                .mapToLong(TrancheDistributions.TranchePayment::total)
                                .sum(),
                            engine)))
            .toList(),
        r.triggers().stream()
            .map(
                t ->
                    new PaymentDateView.TriggerView(
                        t.name(),
                        t.test().name(),
                        t.value() == null ? null : t.value().toPlainString(),
                        t.threshold().toPlainString(),
                        t.breached(),
                        t.effect().name()))
            .toList(),
        r.log(),
        p.paymentTransactions());
  }

  private static PaymentDateView.BucketView bucket(
      String name, StoredPaymentDate.Bucket b, org.cornerstone.waterfall.Deal engine) {
    return new PaymentDateView.BucketView(name, a(b.balance(), engine), b.count());
  }

  private static String a(long minor, org.cornerstone.waterfall.Deal engine) {
    return PaymentDates.amount(minor, engine);
  }
}
