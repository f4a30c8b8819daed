package org.cornerstone.securitization.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.cornerstone.waterfall.tape.Loan;
import org.cornerstone.waterfall.tape.LoanStatus;
import org.junit.jupiter.api.Test;

/** The servicer report suggested by a tape, against annuity figures computed here by hand. */
class TapeReportsTest {
  static final MathContext MC = MathContext.DECIMAL128;

  /** B·r / (1 − (1 + r)^−n) with r = annual / 12, to the cent. */
  static BigDecimal annuity(BigDecimal balance, BigDecimal annual, int n) {
    BigDecimal r = annual.divide(BigDecimal.valueOf(12), MC);
    BigDecimal discount = BigDecimal.ONE.divide(BigDecimal.ONE.add(r).pow(n, MC), MC);
    return balance
        .multiply(r, MC)
        .divide(BigDecimal.ONE.subtract(discount), MC)
        .setScale(2, RoundingMode.HALF_EVEN);
  }

  @Test
  void theFirstMonthIsTheAnnuityPaymentSplitIntoInterestAndPrincipal() {
    // 120,000.00 at 6 % over 12 months: payment 10,327.97, interest 600.00, principal 9,727.97
    BigDecimal payment = annuity(new BigDecimal("120000.00"), new BigDecimal("0.06"), 12);
    assertThat(payment).isEqualByComparingTo("10327.97");
    Loan loan =
        new Loan("L1", "Wang", 12_000_000L, new BigDecimal("0.06"), 12, 12, LoanStatus.PERFORMING);

    ServicerReport r = TapeReports.report(List.of(loan), 1, 1, 2);

    assertThat(r.period()).isEqualTo(1);
    assertThat(r.interest()).isEqualTo("600.00");
    assertThat(r.principal()).isEqualTo(payment.subtract(new BigDecimal("600.00")).toPlainString());
    assertThat(r.current()).isEqualTo("110272.03");
    assertThat(r.currentCount()).isEqualTo(1);
    assertThat(r.recoveries()).isEqualTo("0.00");
    assertThat(r.losses()).isEqualTo("0.00");
  }

  @Test
  void aQuarterlyPeriodSumsItsThreeMonthsOfTheSchedule() {
    BigDecimal balance = new BigDecimal("120000.00");
    BigDecimal payment = annuity(balance, new BigDecimal("0.06"), 12);
    // months 4 to 6 of a level payment: interest on the running balance, principal the rest
    BigDecimal interest = BigDecimal.ZERO;
    BigDecimal principal = BigDecimal.ZERO;
    for (int month = 1; month <= 6; month++) {
      BigDecimal i = balance.multiply(new BigDecimal("0.005")).setScale(2, RoundingMode.HALF_EVEN);
      BigDecimal p = payment.subtract(i);
      if (month >= 4) {
        interest = interest.add(i);
        principal = principal.add(p);
      }
      balance = balance.subtract(p);
    }
    Loan loan =
        new Loan("L1", "Wang", 12_000_000L, new BigDecimal("0.06"), 12, 12, LoanStatus.PERFORMING);

    ServicerReport r = TapeReports.report(List.of(loan), 2, 3, 2);

    // the engine recomputes the level payment on each month's balance: a cent of rounding a month
    assertThat(new BigDecimal(r.interest())).isCloseTo(interest, within("0.03"));
    assertThat(new BigDecimal(r.principal())).isCloseTo(principal, within("0.03"));
    assertThat(new BigDecimal(r.current())).isCloseTo(balance, within("0.06"));
    assertThat(new BigDecimal(r.interest()).add(new BigDecimal(r.principal())))
        .isCloseTo(payment.multiply(BigDecimal.valueOf(3)), within("0.03"));
  }

  @Test
  void theBucketsFollowTheLoansStatuses() {
    List<Loan> loans =
        List.of(
            new Loan("P", "a", 100_000, new BigDecimal("0.05"), 24, 24, LoanStatus.PERFORMING),
            new Loan("D", "b", 50_000, new BigDecimal("0.05"), 24, 24, LoanStatus.DELINQUENT),
            new Loan("X", "c", 30_000, new BigDecimal("0.05"), 24, 24, LoanStatus.DEFAULTED),
            new Loan("Z", "d", 0, new BigDecimal("0.05"), 24, 24, LoanStatus.PAID_OFF));

    ServicerReport r = TapeReports.report(loans, 1, 1, 2);

    assertThat(r.currentCount()).isEqualTo(1);
    assertThat(r.days30Count()).isEqualTo(1);
    assertThat(r.days60Count()).isZero();
    assertThat(r.days90PlusCount()).isEqualTo(1);
    assertThat(r.days90Plus()).isEqualTo("300.00");
    assertThat(new BigDecimal(r.current())).isLessThan(new BigDecimal("1000.00"));
  }

  @Test
  void afterTheLastPaymentNothingIsScheduled() {
    Loan loan =
        new Loan("L1", "Wang", 12_000_000L, new BigDecimal("0.06"), 12, 2, LoanStatus.PERFORMING);

    ServicerReport r = TapeReports.report(List.of(loan), 3, 1, 2);

    assertThat(r.interest()).isEqualTo("0.00");
    assertThat(r.principal()).isEqualTo("0.00");
    assertThat(r.currentCount()).isZero();
  }

  private static org.assertj.core.data.Offset<BigDecimal> within(String cents) {
    return org.assertj.core.data.Offset.offset(new BigDecimal(cents));
  }
}
