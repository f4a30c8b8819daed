package org.cornerstone.waterfall.tape;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cornerstone.waterfall.Deal;
import org.cornerstone.waterfall.Money;
import org.cornerstone.waterfall.PeriodCollections;

/**
 * Projects a loan tape month by month under constant prepayment (CPR) and default (CDR) assumptions
 * and gives the collections that feed the waterfall.
 *
 * <p>Annual rates become monthly ones: SMM = 1 − (1 − CPR)^(1/12), MDR = 1 − (1 − CDR)^(1/12) (18
 * decimals). Each month, for each PERFORMING or DELINQUENT loan with balance B and n months left:
 * default D = B × MDR (a full loss: recoveries are not projected); on B' = B − D: interest = B' ×
 * rate / 12, scheduled principal = level payment − interest (all of B' in the last month),
 * prepayment = (B' − scheduled) × SMM. Every product rounds HALF_EVEN to the minor unit, per loan;
 * the month's collections are the sums over the loans. DEFAULTED and PAID_OFF loans have no cash
 * flow.
 */
public final class Projection {

  private Projection() {}

  /** The assumptions: annual CPR and CDR, each in [0, 1). */
  public record Assumptions(BigDecimal cpr, BigDecimal cdr) {
    /** An annual rate as typed ({@code "0.06"}): present when it is a number from 0 up to 1. */
    public static Optional<BigDecimal> rate(String text) {
      if (text == null) {
        return Optional.empty();
      }
      try {
        BigDecimal rate = new BigDecimal(text);
        return rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) < 0
            ? Optional.of(rate)
            : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * Monthly collections, month 1 first, until every loan is paid off or defaulted or after {@code
   * maxMonths}.
   */
  public static List<PeriodCollections> monthly(
      LoanTape tape, Assumptions assumptions, int maxMonths) {
    long smm = Fixed18.of(Amortization.monthly(assumptions.cpr()));
    long mdr = Fixed18.of(Amortization.monthly(assumptions.cdr()));
    List<Loan> projected = tape.loans().stream().filter(Loan::projected).toList();
    int count = projected.size();
    long[] balance = new long[count];
    long[] rate = new long[count];
    int[] left = new int[count];
    long[][] factors = new long[count][];
    for (int i = 0; i < count; i++) {
      Loan loan = projected.get(i);
      balance[i] = loan.balance();
      rate[i] = loan.rateMicros();
      left[i] = loan.remainingTerm();
      factors[i] = Amortization.factorTable(rate[i], left[i]);
    }
    List<PeriodCollections> months = new ArrayList<>();
    long outstanding = tape.projectedBalance();
    for (int month = 1; month <= maxMonths && outstanding > 0; month++) {
      long interest = 0;
      long principal = 0;
      long losses = 0;
      for (int i = 0; i < count; i++) {
        long b = balance[i];
        if (b == 0) {
          continue;
        }
        long defaulted = mdr == 0 ? 0 : Fixed18.multiply(b, mdr);
        b -= defaulted;
        long loanInterest = Amortization.interest(b, rate[i]);
        long scheduled = Amortization.scheduledPrincipal(b, loanInterest, left[i], factors[i]);
        long prepaid = smm == 0 ? 0 : Fixed18.multiply(b - scheduled, smm);
        b -= scheduled + prepaid;
        balance[i] = b;
        left[i]--;
        interest += loanInterest;
        principal += scheduled + prepaid;
        losses += defaulted;
      }
      outstanding -= principal + losses;
      months.add(new PeriodCollections(month, interest, principal, 0, losses));
    }
    return months;
  }

  /**
   * A deal's period collections projected from its loan tape: the tape is read with the deal's
   * minor digits, its performing and delinquent loans must add up to the deal's {@code
   * pool.originalBalance}, and it is projected for at most {@code periods} payment periods of the
   * deal's frequency. The command line and the app's scenario endpoint both start here.
   *
   * @throws IllegalArgumentException a tape line refused (with its line and column) or a tape that
   *     does not match the deal's pool
   */
  public static List<PeriodCollections> forDeal(
      Deal deal, Reader tape, Assumptions assumptions, int periods) {
    LoanTape loans = LoanTape.parse(tape, deal.minorDigits());
    if (loans.projectedBalance() != deal.poolOriginalBalance()) {
      throw new IllegalArgumentException(
          "the performing and delinquent loans add up to "
              + Money.plain(loans.projectedBalance(), deal.minorDigits())
              + ", the deal's pool.originalBalance is "
              + Money.plain(deal.poolOriginalBalance(), deal.minorDigits()));
    }
    int monthsPerPeriod = deal.paymentFrequency().monthsPerPeriod();
    return perPeriod(monthly(loans, assumptions, periods * monthsPerPeriod), monthsPerPeriod);
  }

  /**
   * Groups monthly collections into payment periods of {@code monthsPerPeriod} months (1 monthly, 3
   * quarterly, …), renumbered from 1; a last, shorter group is kept.
   */
  public static List<PeriodCollections> perPeriod(
      List<PeriodCollections> months, int monthsPerPeriod) {
    List<PeriodCollections> periods = new ArrayList<>();
    for (int start = 0; start < months.size(); start += monthsPerPeriod) {
      long interest = 0;
      long principal = 0;
      long recoveries = 0;
      long losses = 0;
      for (int m = start; m < Math.min(months.size(), start + monthsPerPeriod); m++) {
        PeriodCollections month = months.get(m);
        interest += month.interest();
        principal += month.principal();
        recoveries += month.recoveries();
        losses += month.losses();
      }
      periods.add(
          new PeriodCollections(periods.size() + 1, interest, principal, recoveries, losses));
    }
    return periods;
  }
}
