package org.cornerstone.securitization.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cornerstone.securitization.domain.Deal;
import org.cornerstone.securitization.domain.DealFileWriter;
import org.cornerstone.securitization.domain.DealRepository;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.waterfall.PeriodCollections;
import org.cornerstone.waterfall.tape.Amortization;
import org.cornerstone.waterfall.tape.Loan;
import org.cornerstone.waterfall.tape.LoanStatus;
import org.cornerstone.waterfall.tape.LoanTape;
import org.cornerstone.waterfall.tape.Projection;

/**
 * The servicer report a deal's loan tape suggests for the next period (issue 14): the period's
 * scheduled interest and principal of the tape's pooled loans from their level-pay amortization
 * ({@link Projection} with no prepayment and no default: CPR = CDR = 0), and the delinquency
 * buckets from the loans' statuses on the tape: PERFORMING loans are current, DELINQUENT ones 30
 * days past due (the tape has no days past due), DEFAULTED ones 90+ days; each bucket with the
 * loans' scheduled balance at the period's end (a defaulted loan at its tape balance). Recoveries
 * and losses are 0. The tape is taken as of the closing date: period n covers months (n − 1)·m + 1
 * … n·m after it, m the months per payment period. The servicer may overwrite every figure before
 * submitting.
 */
@ApplicationScoped
@Transactional
public class TapeReports {
  @Inject DealRepository deals;
  @Inject DealTapes tapes;
  @Inject PaymentDates paymentDates;

  /** The suggested report of the next period, when the deal has a tape and a period to report. */
  public Optional<ServicerReport> suggested(org.cornerstone.shared.Actor actor, String dealId) {
    Optional<Integer> period = paymentDates.nextPeriod(actor, dealId);
    Deal deal =
        deals
            .find(dealId)
            .orElseThrow(
                () -> new NotFoundException(String.format(PaymentDates.NO_SUCH_DEAL, dealId)));
    if (period.isEmpty()) {
      return Optional.empty();
    }
    List<Loan> loans = tapes.pooledLoans(deal);
    if (loans.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        report(
            loans, period.get(), 12 / deal.paymentFrequency().perYear(), DealTapes.digits(deal)));
  }

  /** The report of {@code period} for {@code loans} with payment periods of {@code months}. */
  static ServicerReport report(List<Loan> loans, int period, int months, int digits) {
    List<PeriodCollections> periods =
        Projection.perPeriod(
            Projection.monthly(
                new LoanTape(loans),
                new Projection.Assumptions(BigDecimal.ZERO, BigDecimal.ZERO),
                period * months),
            months);
    PeriodCollections collections =
        periods.size() >= period
            ? periods.get(period - 1)
            : new PeriodCollections(period, 0, 0, 0, 0);
    long[] balance = new long[3];
    int[] count = new int[3];
    for (Loan loan : loans) {
      int bucket =
          switch (loan.status()) {
            case PERFORMING -> 0;
            case DELINQUENT -> 1;
            case DEFAULTED -> 2;
            case PAID_OFF -> -1;
          };
      long end =
          loan.status() == LoanStatus.DEFAULTED
              ? loan.balance()
              : scheduledBalance(loan, period * months);
      if (bucket >= 0 && end > 0) {
        balance[bucket] += end;
        count[bucket]++;
      }
    }
    return new ServicerReport(
        period,
        DealFileWriter.amount(collections.interest(), digits),
        DealFileWriter.amount(collections.principal(), digits),
        DealFileWriter.amount(0, digits),
        DealFileWriter.amount(0, digits),
        DealFileWriter.amount(balance[0], digits),
        count[0],
        DealFileWriter.amount(balance[1], digits),
        count[1],
        DealFileWriter.amount(0, digits),
        0,
        DealFileWriter.amount(balance[2], digits),
        count[2]);
  }

  /** The loan's scheduled balance after {@code months} months of its amortization. */
  static long scheduledBalance(Loan loan, int months) {
    long balance = loan.balance();
    long rate = loan.rateMicros();
    for (int m = 1; m <= months && balance > 0; m++) {
      balance -= Amortization.scheduledPrincipal(balance, rate, loan.remainingTerm() - m + 1);
    }
    return balance;
  }
}
