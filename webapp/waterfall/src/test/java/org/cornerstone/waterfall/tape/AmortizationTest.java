package org.cornerstone.waterfall.tape;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import org.cornerstone.waterfall.tape.Amortization.Row;
import org.junit.jupiter.api.Test;

class AmortizationTest {

  private static final MathContext MC = new MathContext(50);

  /** The standard annuity formula, independently: B·r / (1 − (1 + r)^−n), r = rate / 12. */
  private static long annuity(long balance, BigDecimal rate, int n) {
    BigDecimal r = rate.divide(BigDecimal.valueOf(12), MC);
    BigDecimal discount = BigDecimal.ONE.divide(BigDecimal.ONE.add(r).pow(n, MC), MC);
    return BigDecimal.valueOf(balance)
        .multiply(r, MC)
        .divide(BigDecimal.ONE.subtract(discount), MC)
        .setScale(0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }

  @Test
  void paymentMatchesTheAnnuityFormula() {
    // A textbook case: 200,000.00 at 6% over 360 months pays 1,199.10 a month.
    assertThat(Amortization.payment(20_000_000, new BigDecimal("0.06"), 360)).isEqualTo(119_910);
    assertThat(annuity(20_000_000, new BigDecimal("0.06"), 360)).isEqualTo(119_910);
    Random random = new Random(14);
    for (int i = 0; i < 500; i++) {
      long balance = 1 + (long) (random.nextDouble() * 100_000_000_000L);
      BigDecimal rate = BigDecimal.valueOf(1 + random.nextInt(150_000), 6);
      int n = 1 + random.nextInt(480);
      assertThat(Amortization.payment(balance, rate, n))
          .as("balance %d rate %s months %d", balance, rate, n)
          .isEqualTo(annuity(balance, rate, n));
    }
  }

  @Test
  void scheduleFollowsTheFormulaAndPaysOff() {
    Loan loan =
        new Loan("L", "O", 20_000_000, new BigDecimal("0.06"), 360, 360, LoanStatus.PERFORMING);
    List<Row> rows = Amortization.schedule(loan);
    assertThat(rows).hasSize(360);
    // Month 1: interest 200,000 × 0.06 / 12 = 1,000.00; principal 1,199.10 − 1,000.00 = 199.10.
    assertThat(rows.get(0)).isEqualTo(new Row(1, 20_000_000, 119_910, 100_000, 19_910, 19_980_090));
    long principal = 0;
    for (Row row : rows) {
      // Every month's payment is the formula's on that month's balance and months left (the last
      // month pays the balance off with its interest) and stays within a fen of the first.
      int left = 360 - row.month() + 1;
      if (left > 1) {
        assertThat(row.payment()).isEqualTo(annuity(row.balanceStart(), loan.rate(), left));
      }
      assertThat(row.payment()).isBetween(119_909L, 119_911L);
      principal += row.principal();
    }
    assertThat(principal).isEqualTo(loan.balance());
    assertThat(rows.get(359).balanceEnd()).isZero();
  }

  @Test
  void zeroRateLoansRepayInEqualParts() {
    Loan loan = new Loan("Z", "O", 120_000, BigDecimal.ZERO, 12, 12, LoanStatus.PERFORMING);
    List<Row> rows = Amortization.schedule(loan);
    // 1,200.00 / 12 = 100.00 a month, no interest.
    assertThat(rows)
        .hasSize(12)
        .allSatisfy(
            row -> {
              assertThat(row.interest()).isZero();
              assertThat(row.payment()).isEqualTo(10_000);
            });
    // 1,000.00 over 3 months: 333.33, 333.34 (on 666.67 over 2: 333.335 → HALF_EVEN 333.34),
    // 333.33.
    Loan odd = new Loan("Z2", "O", 100_000, BigDecimal.ZERO, 3, 3, LoanStatus.PERFORMING);
    assertThat(Amortization.schedule(odd))
        .extracting(Row::principal)
        .containsExactly(33_333L, 33_334L, 33_333L);
  }

  @Test
  void monthlyRatesFromAnnualOnes() {
    // SMM for 6% CPR: 1 − 0.94^(1/12); check (1 − SMM)^12 = 0.94 to 15 decimals.
    BigDecimal smm = Amortization.monthly(new BigDecimal("0.06"));
    assertThat(smm).isBetween(new BigDecimal("0.005143"), new BigDecimal("0.005144"));
    assertThat(BigDecimal.ONE.subtract(smm).pow(12, MC).setScale(15, RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("0.940000000000000");
    assertThat(Amortization.monthly(BigDecimal.ZERO)).isZero();
  }

  @Test
  void fixedPointProductIsExact() {
    Random random = new Random(7);
    for (int i = 0; i < 100_000; i++) {
      long amount = (long) (random.nextDouble() * 1_000_000_000_000L);
      long factor = (long) (random.nextDouble() * 2 * Fixed18.ONE) - 1;
      factor = Math.max(0, factor);
      long expected =
          BigDecimal.valueOf(amount)
              .multiply(BigDecimal.valueOf(factor, 18))
              .setScale(0, RoundingMode.HALF_EVEN)
              .longValueExact();
      assertThat(Fixed18.multiply(amount, factor)).isEqualTo(expected);
    }
    // Ties go to the even neighbour: 5 × 0.5 = 2.5 → 2; 3 × 0.5 = 1.5 → 2.
    assertThat(Fixed18.multiply(5, Fixed18.ONE / 2)).isEqualTo(2);
    assertThat(Fixed18.multiply(3, Fixed18.ONE / 2)).isEqualTo(2);
    assertThat(Fixed18.multiply(1_000_000_000_000L, Fixed18.ONE)).isEqualTo(1_000_000_000_000L);
  }
}
