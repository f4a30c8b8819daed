package org.cornerstone.waterfall.tape;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.cornerstone.waterfall.PeriodCollections;
import org.cornerstone.waterfall.tape.Projection.Assumptions;
import org.junit.jupiter.api.Test;

class ProjectionTest {

  private static final LoanTape TAPE =
      new LoanTape(
          List.of(
              new Loan(
                  "L1", "A", 20_000_000, new BigDecimal("0.06"), 360, 360, LoanStatus.PERFORMING),
              new Loan(
                  "L2", "B", 5_000_000, new BigDecimal("0.045"), 60, 24, LoanStatus.DELINQUENT),
              new Loan("L3", "C", 1_200_000, BigDecimal.ZERO, 12, 12, LoanStatus.PERFORMING),
              new Loan(
                  "L4", "D", 3_000_000, new BigDecimal("0.08"), 60, 30, LoanStatus.DEFAULTED)));

  @Test
  void withoutPrepaymentOrDefaultItIsTheSumOfTheSchedules() {
    List<PeriodCollections> months =
        Projection.monthly(TAPE, new Assumptions(BigDecimal.ZERO, BigDecimal.ZERO), 400);
    assertThat(months).hasSize(360);
    List<Amortization.Row> l1 = Amortization.schedule(TAPE.loans().get(0));
    List<Amortization.Row> l2 = Amortization.schedule(TAPE.loans().get(1));
    List<Amortization.Row> l3 = Amortization.schedule(TAPE.loans().get(2));
    // Month 1: L1 1,000.00 + L2 50,000 × 0.045 / 12 = 187.50 interest; L3 no interest.
    assertThat(months.get(0).interest()).isEqualTo(100_000 + 18_750);
    for (int m = 0; m < 360; m++) {
      long principal = l1.get(m).principal();
      long interest = l1.get(m).interest();
      if (m < 24) {
        principal += l2.get(m).principal();
        interest += l2.get(m).interest();
      }
      if (m < 12) {
        principal += l3.get(m).principal();
      }
      assertThat(months.get(m)).isEqualTo(new PeriodCollections(m + 1, interest, principal, 0, 0));
    }
    // The defaulted loan L4 brings nothing; the rest is repaid in full.
    assertThat(months.stream().mapToLong(PeriodCollections::principal).sum())
        .isEqualTo(TAPE.projectedBalance());
  }

  @Test
  void prepaymentsAndDefaultsShortenThePoolAndAddUp() {
    List<PeriodCollections> months =
        Projection.monthly(
            TAPE, new Assumptions(new BigDecimal("0.10"), new BigDecimal("0.03")), 400);
    long principal = months.stream().mapToLong(PeriodCollections::principal).sum();
    long losses = months.stream().mapToLong(PeriodCollections::losses).sum();
    // Every fen of the projected balance is either repaid or lost.
    assertThat(principal + losses).isEqualTo(TAPE.projectedBalance());
    assertThat(losses).isPositive();
    // Month 1 default on L1: 200,000 × MDR(3%), MDR = 1 − 0.97^(1/12) = 0.0025350…: 507.01.
    BigDecimal mdr = Amortization.monthly(new BigDecimal("0.03"));
    long expectedL1 =
        BigDecimal.valueOf(20_000_000)
            .multiply(mdr)
            .setScale(0, java.math.RoundingMode.HALF_EVEN)
            .longValueExact();
    long expectedL2 =
        BigDecimal.valueOf(5_000_000)
            .multiply(mdr)
            .setScale(0, java.math.RoundingMode.HALF_EVEN)
            .longValueExact();
    long expectedL3 =
        BigDecimal.valueOf(1_200_000)
            .multiply(mdr)
            .setScale(0, java.math.RoundingMode.HALF_EVEN)
            .longValueExact();
    assertThat(months.get(0).losses()).isEqualTo(expectedL1 + expectedL2 + expectedL3);
    assertThat(expectedL1).isEqualTo(50_701);
  }

  @Test
  void monthsGroupIntoQuarters() {
    List<PeriodCollections> months =
        Projection.monthly(TAPE, new Assumptions(BigDecimal.ZERO, BigDecimal.ZERO), 7);
    List<PeriodCollections> quarters = Projection.perPeriod(months, 3);
    assertThat(quarters).hasSize(3);
    assertThat(quarters.get(0).interest())
        .isEqualTo(months.get(0).interest() + months.get(1).interest() + months.get(2).interest());
    assertThat(quarters.get(2).principal()).isEqualTo(months.get(6).principal());
    assertThat(quarters).extracting(PeriodCollections::period).containsExactly(1, 2, 3);
  }
}
