package org.cornerstone.securitization.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cornerstone.securitization.domain.Eligibility.Check;
import org.cornerstone.securitization.domain.Eligibility.Criterion;
import org.cornerstone.securitization.domain.Eligibility.Pooled;
import org.cornerstone.waterfall.tape.Loan;
import org.cornerstone.waterfall.tape.LoanStatus;

/**
 * The pool's criteria for the loans of a tape (ADR 0028), in the words of {@link Eligibility}:
 *
 * <ul>
 *   <li>{@code STATUS}: only PERFORMING loans with a balance (not delinquent, defaulted or paid
 *       off);
 *   <li>{@code MATURITY}: the loan's last payment (closing date + remaining term in months) is
 *       after the deal's first payment date; a deal has no longer-maturity limit;
 *   <li>{@code CONCENTRATION}: the obligor's share of the whole pool (the tokenized assets and the
 *       loans that pass status and maturity) is at most the deal's limit, unless the pool is one
 *       asset or loan.
 * </ul>
 *
 * The loans that pass status and maturity are in the pool balance; concentration binds on the whole
 * pool at submission, as for tokenized assets.
 */
public final class TapeEligibility {

  /** One loan with its checks. */
  public record Verdict(int position, Loan loan, List<Check> checks) {
    /** Whether every criterion passes. */
    public boolean eligible() {
      return checks.stream().allMatch(Check::passed);
    }

    /** Whether the loan counts in the pool balance (status and maturity pass). */
    public boolean pooled() {
      return checks.stream()
          .filter(c -> c.criterion() != Criterion.CONCENTRATION)
          .allMatch(Check::passed);
    }
  }

  private TapeEligibility() {}

  /** The loan as concentration sees it. */
  public static Pooled pooled(Loan loan) {
    return new Pooled("loan:" + loan.id(), loan.obligor(), loan.balance());
  }

  /** Every loan's checks against the deal's dates and limit and the tokenized {@code assets}. */
  public static List<Verdict> assess(
      List<Loan> loans,
      List<Pooled> assets,
      LocalDate closingDate,
      LocalDate firstPaymentDate,
      BigDecimal limit) {
    List<List<Check>> own = new ArrayList<>(loans.size());
    List<Pooled> pool = new ArrayList<>(assets);
    for (Loan loan : loans) {
      List<Check> checks = new ArrayList<>(3);
      checks.add(status(loan));
      checks.add(maturity(loan, closingDate, firstPaymentDate));
      own.add(checks);
      if (checks.get(0).passed() && checks.get(1).passed()) {
        pool.add(pooled(loan));
      }
    }
    Map<String, BigDecimal> shares = Eligibility.shares(pool);
    boolean single = pool.size() <= 1;
    List<Verdict> verdicts = new ArrayList<>(loans.size());
    for (int i = 0; i < loans.size(); i++) {
      Loan loan = loans.get(i);
      BigDecimal share = shares.getOrDefault(loan.obligor(), BigDecimal.ZERO);
      boolean within = single || share.compareTo(limit) <= 0;
      List<Check> checks = own.get(i);
      checks.add(
          new Check(
              Criterion.CONCENTRATION,
              within,
              "obligor "
                  + loan.obligor()
                  + " is "
                  + Eligibility.percent(share)
                  + " of the pool (limit "
                  + Eligibility.percent(limit)
                  + (single ? "; a single-asset pool is exempt" : "")
                  + ")"));
      verdicts.add(new Verdict(i + 1, loan, List.copyOf(checks)));
    }
    return verdicts;
  }

  private static Check status(Loan loan) {
    if (loan.status() == LoanStatus.PERFORMING && loan.balance() > 0) {
      return new Check(Criterion.STATUS, true, "performing");
    }
    String why =
        switch (loan.status()) {
          case PERFORMING -> "performing but its balance is 0";
          case DELINQUENT -> "delinquent: only performing loans go into the pool";
          case DEFAULTED -> "defaulted: only performing loans go into the pool";
          case PAID_OFF -> "paid off: nothing is left to sell";
        };
    return new Check(Criterion.STATUS, false, why);
  }

  private static Check maturity(Loan loan, LocalDate closingDate, LocalDate firstPaymentDate) {
    LocalDate last = closingDate.plusMonths(loan.remainingTerm());
    boolean after = last.isAfter(firstPaymentDate);
    return new Check(
        Criterion.MATURITY,
        after,
        loan.remainingTerm()
            + " months left: last payment about "
            + last
            + (after ? ", after" : ", not after")
            + " the first payment date "
            + firstPaymentDate);
  }
}
