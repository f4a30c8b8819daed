package org.cornerstone.securitization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cornerstone.securitization.domain.Eligibility.Check;
import org.cornerstone.securitization.domain.Eligibility.Pooled;
import org.cornerstone.securitization.domain.TapeEligibility.Verdict;
import org.cornerstone.waterfall.tape.Loan;
import org.cornerstone.waterfall.tape.LoanStatus;
import org.junit.jupiter.api.Test;

class TapeEligibilityTest {
  static final LocalDate CLOSING = LocalDate.parse("2027-01-15");
  static final LocalDate FIRST_PAYMENT = LocalDate.parse("2027-04-15");
  static final BigDecimal LIMIT = new BigDecimal("0.20");

  static Loan loan(String id, String obligor, long balance, int left, LoanStatus status) {
    return new Loan(id, obligor, balance, new BigDecimal("0.05"), 36, left, status);
  }

  static List<Verdict> assess(List<Pooled> assets, BigDecimal limit, Loan... loans) {
    return TapeEligibility.assess(List.of(loans), assets, CLOSING, FIRST_PAYMENT, limit);
  }

  @Test
  void onlyPerformingLoansPassTheStatusCriterion() {
    List<Verdict> v =
        assess(
            List.of(),
            BigDecimal.ONE,
            loan("P", "a", 100, 12, LoanStatus.PERFORMING),
            loan("D", "b", 100, 12, LoanStatus.DELINQUENT),
            loan("X", "c", 100, 12, LoanStatus.DEFAULTED),
            loan("Z", "d", 0, 12, LoanStatus.PAID_OFF));

    assertThat(v)
        .extracting(x -> x.checks().get(0).passed())
        .containsExactly(true, false, false, false);
    assertThat(v.get(1).checks().get(0).detail()).contains("delinquent");
    assertThat(v).extracting(Verdict::pooled).containsExactly(true, false, false, false);
  }

  @Test
  void aLoanWhoseLastPaymentIsNotAfterTheFirstPaymentDateFailsMaturity() {
    List<Verdict> v =
        assess(
            List.of(),
            BigDecimal.ONE,
            loan("short", "a", 100, 3, LoanStatus.PERFORMING),
            loan("long", "b", 100, 4, LoanStatus.PERFORMING));

    assertThat(v.get(0).checks().get(1).passed()).isFalse();
    assertThat(v.get(0).checks().get(1).detail()).contains("2027-04-15, not after");
    assertThat(v.get(1).checks().get(1).passed()).isTrue();
  }

  @Test
  void concentrationIsTheObligorsShareOfTheWholePoolWithTheTokenizedAssets() {
    // tokenized assets: 700 of obligor org-a, 100 of org-b; the tape: 150 + 50 of Wang
    List<Pooled> assets = List.of(new Pooled("i1", "org-a", 700), new Pooled("i2", "org-b", 100));
    List<Verdict> v =
        assess(
            assets,
            LIMIT,
            loan("L1", "Wang", 150, 12, LoanStatus.PERFORMING),
            loan("L2", "Wang", 50, 12, LoanStatus.PERFORMING),
            loan("L3", "Li", 1000, 12, LoanStatus.DEFAULTED));

    Check wang = v.get(0).checks().get(2);
    assertThat(wang.passed()).isTrue();
    assertThat(wang.detail()).contains("Wang is 20.00 % of the pool");
    // the defaulted loan is not in the pool: it does not dilute anyone's share
    assertThat(v.get(2).checks().get(2).detail()).contains("Li is 0.00 %");
    assertThat(
            Eligibility.concentrationBreaches(
                List.of(assets.get(0), assets.get(1), TapeEligibility.pooled(v.get(0).loan())),
                LIMIT))
        .singleElement()
        .asString()
        .contains("org-a");
  }

  @Test
  void aLoanAboveTheLimitFailsConcentration() {
    List<Verdict> v =
        assess(
            List.of(),
            LIMIT,
            loan("L1", "Wang", 300, 12, LoanStatus.PERFORMING),
            loan("L2", "Li", 700, 12, LoanStatus.PERFORMING));

    assertThat(v).extracting(Verdict::eligible).containsExactly(false, false);
    assertThat(v).extracting(Verdict::pooled).containsExactly(true, true);
  }
}
