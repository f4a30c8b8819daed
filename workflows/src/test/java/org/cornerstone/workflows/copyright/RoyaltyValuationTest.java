package org.cornerstone.workflows.copyright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.TreeMap;
import org.cornerstone.workflows.copyright.RoyaltyValuation.Assumptions;
import org.cornerstone.workflows.copyright.RoyaltyValuation.Valuation;
import org.junit.jupiter.api.Test;

class RoyaltyValuationTest {

  static RoyaltyHistory history(YearMonth first, String... amounts) {
    TreeMap<YearMonth, BigDecimal> months = new TreeMap<>();
    for (int i = 0; i < amounts.length; i++) {
      months.put(first.plusMonths(i), new BigDecimal(amounts[i]));
    }
    return new RoyaltyHistory(months);
  }

  static RoyaltyHistory flat(int months, String amount) {
    String[] amounts = new String[months];
    java.util.Arrays.fill(amounts, amount);
    return history(YearMonth.of(2023, 1), amounts);
  }

  @Test
  void withoutDiscountOrDecayTheValueIsBaseTimesHorizon() {
    Valuation valuation =
        RoyaltyValuation.value(
            flat(12, "1000.00"), new Assumptions(BigDecimal.ZERO, BigDecimal.ZERO, 120));

    assertThat(valuation.presentValue()).isEqualTo("120000.00");
    assertThat(valuation.baseMonthlyRoyalty()).isEqualTo("1000.00");
    assertThat(valuation.monthsOfHistory()).isEqualTo(12);
    assertThat(valuation.firstMonth()).isEqualTo(YearMonth.of(2023, 1));
    assertThat(valuation.lastMonth()).isEqualTo(YearMonth.of(2023, 12));
  }

  @Test
  void discountingMatchesTheAnnuityFormula() {
    // 12 % a year = 1 % a month for 12 months: 1000 * (1 - 1.01^-12) / 0.01 = 11255.077...
    Valuation valuation =
        RoyaltyValuation.value(
            flat(12, "1000"), new Assumptions(new BigDecimal("0.12"), BigDecimal.ZERO, 12));

    assertThat(valuation.presentValue()).isEqualTo("11255.08");
  }

  @Test
  void decayShrinksTheProjectionGeometrically() {
    // 12 % decay a year = 1 % a month, no discounting: 1000 * sum(0.99^k, k=1..2) = 990 + 980.1
    Valuation valuation =
        RoyaltyValuation.value(
            flat(12, "1000"), new Assumptions(BigDecimal.ZERO, new BigDecimal("0.12"), 2));

    assertThat(valuation.presentValue()).isEqualTo("1970.10");
  }

  @Test
  void baseIsTheAverageOfTheLastTwelveMonthsOnly() {
    String[] amounts = new String[18];
    java.util.Arrays.fill(amounts, 0, 6, "99999");
    java.util.Arrays.fill(amounts, 6, 18, "100.005");
    Valuation valuation =
        RoyaltyValuation.value(
            history(YearMonth.of(2022, 7), amounts),
            new Assumptions(BigDecimal.ZERO, BigDecimal.ZERO, 1));

    assertThat(valuation.baseMonthlyRoyalty()).isEqualTo("100.00"); // HALF_EVEN
    assertThat(valuation.monthsOfHistory()).isEqualTo(18);
  }

  @Test
  void theValuationCarriesItsAssumptionsAndIsDeterministic() {
    Assumptions assumptions = RoyaltyValuation.DEFAULT_ASSUMPTIONS;
    Valuation first = RoyaltyValuation.value(flat(24, "1234.56"), assumptions);
    Valuation second = RoyaltyValuation.value(flat(24, "1234.56"), assumptions);

    assertThat(first).isEqualTo(second);
    assertThat(first.assumptions()).isSameAs(assumptions);
    assertThat(first.presentValue().scale()).isEqualTo(RoyaltyValuation.SCALE);
    assertThat(first.presentValue())
        .isGreaterThan(BigDecimal.ZERO)
        .isLessThan(new BigDecimal("1234.56").multiply(BigDecimal.valueOf(120)));
  }

  @Test
  void implausibleAssumptionsAreRefusedWithClearMessages() {
    assertThatThrownBy(
            () -> new Assumptions(new BigDecimal("8"), BigDecimal.ZERO, 120)) // 800 %, not 8 %
        .hasMessageStartingWith(RoyaltyValuation.DISCOUNT_RATE_OUT_OF_RANGE);
    assertThatThrownBy(() -> new Assumptions(BigDecimal.ZERO, new BigDecimal("-0.1"), 120))
        .hasMessageStartingWith(RoyaltyValuation.DECAY_RATE_OUT_OF_RANGE);
    assertThatThrownBy(() -> new Assumptions(BigDecimal.ZERO, BigDecimal.ZERO, 0))
        .hasMessageStartingWith(RoyaltyValuation.HORIZON_OUT_OF_RANGE);
    assertThatThrownBy(() -> new Assumptions(BigDecimal.ZERO, BigDecimal.ZERO, 601))
        .hasMessageStartingWith(RoyaltyValuation.HORIZON_OUT_OF_RANGE);
  }

  @Test
  void aHistoryNeedsTwelveConsecutiveNonNegativeMonths() {
    assertThatThrownBy(() -> flat(11, "1")).hasMessageStartingWith(RoyaltyHistory.TOO_FEW_MONTHS);
    TreeMap<YearMonth, BigDecimal> gap = new TreeMap<>(flat(12, "1").monthlyRoyalties());
    gap.remove(YearMonth.of(2023, 5));
    gap.put(YearMonth.of(2024, 1), BigDecimal.ONE);
    assertThatThrownBy(() -> new RoyaltyHistory(gap))
        .hasMessage(RoyaltyHistory.MISSING_MONTH + "2023-05");
    TreeMap<YearMonth, BigDecimal> negative = new TreeMap<>(flat(12, "1").monthlyRoyalties());
    negative.put(YearMonth.of(2023, 3), new BigDecimal("-1"));
    assertThatThrownBy(() -> new RoyaltyHistory(negative))
        .hasMessageStartingWith(RoyaltyHistory.NEGATIVE_AMOUNT);
  }
}
