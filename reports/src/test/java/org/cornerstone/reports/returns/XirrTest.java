package org.cornerstone.reports.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.cornerstone.reports.returns.Xirr.Flow;
import org.cornerstone.reports.returns.Xirr.Outcome;
import org.junit.jupiter.api.Test;

class XirrTest {
  private static Flow flow(String date, long amount) {
    return new Flow(LocalDate.parse(date), amount);
  }

  /**
   * Microsoft's XIRR documentation example: "0.373362535 (37.34 %)". Excel iterates until the
   * result is accurate to 0.000001 % (1e-8), so its printed figure is compared within that.
   */
  @Test
  void excelDocumentationExample() {
    var result =
        Xirr.of(
            List.of(
                flow("2008-01-01", -10_000_00),
                flow("2008-03-01", 2_750_00),
                flow("2008-10-30", 4_250_00),
                flow("2009-02-15", 3_250_00),
                flow("2009-04-01", 2_750_00)));
    assertThat(result.outcome()).isEqualTo(Outcome.RATE);
    assertThat(result.rate()).isCloseTo(0.373362535, within(1e-8));
  }

  /**
   * Flows exactly 365 days apart make XIRR the periodic IRR: −100, +60, +60 solve −100 + 60x + 60x²
   * = 0 with x = 1/(1+r), so x = (−60 + √27,600)/120 and r = 1/x − 1 ≈ 17.09 %.
   */
  @Test
  void yearlyFlowsGiveTheClosedFormIrr() {
    var result =
        Xirr.of(
            List.of(
                flow("2021-01-01", -100_00), flow("2022-01-01", 60_00), flow("2023-01-01", 60_00)));
    double x = (-60 + Math.sqrt(27_600)) / 120;
    assertThat(result.rate()).isCloseTo(1 / x - 1, within(1e-9));
  }

  @Test
  void orderOfTheFlowsDoesNotMatter() {
    var a = Xirr.of(List.of(flow("2021-01-01", -1000_00), flow("2022-01-01", 1100_00)));
    var b = Xirr.of(List.of(flow("2022-01-01", 1100_00), flow("2021-01-01", -1000_00)));
    assertThat(a.rate()).isCloseTo(0.10, within(1e-9));
    assertThat(b.rate()).isEqualTo(a.rate());
  }

  /** Actual/365 fixed: 2020 has 366 days, so a 10 % gain over it is a little less a year. */
  @Test
  void dayCountIsActualOver365EvenInALeapYear() {
    var result = Xirr.of(List.of(flow("2020-01-01", -1000_00), flow("2021-01-01", 1100_00)));
    assertThat(result.rate()).isCloseTo(Math.pow(1.1, 365.0 / 366.0) - 1, within(1e-9));
  }

  @Test
  void lossesGiveANegativeRate() {
    var result = Xirr.of(List.of(flow("2021-01-01", -1000_00), flow("2022-01-01", 500_00)));
    assertThat(result.rate()).isCloseTo(-0.5, within(1e-9));
  }

  /** Newton from 10 % jumps below −100 % here; the bracketing search still finds −99.9 %. */
  @Test
  void bracketingFindsWhatNewtonMisses() {
    var result = Xirr.of(List.of(flow("2021-01-01", -1000_00), flow("2022-01-01", 1_00)));
    assertThat(result.outcome()).isEqualTo(Outcome.RATE);
    assertThat(result.rate()).isCloseTo(-0.999, within(1e-9));
  }

  /** A month's gain annualised: 2 % in 31 days is (1.02)^(365/31) − 1 a year. */
  @Test
  void aMonthIsAnnualised() {
    var result = Xirr.of(List.of(flow("2026-10-01", -10_000_00), flow("2026-11-01", 10_200_00)));
    assertThat(result.rate()).isCloseTo(Math.pow(1.02, 365.0 / 31.0) - 1, within(1e-10));
  }

  @Test
  void onlyPaymentsOrOnlyReceiptsHaveNoRate() {
    assertThat(Xirr.of(List.of(flow("2021-01-01", 1000), flow("2022-01-01", 1100))).outcome())
        .isEqualTo(Outcome.NO_SIGN_CHANGE);
    assertThat(Xirr.of(List.of(flow("2021-01-01", -1000), flow("2022-01-01", -1100))).outcome())
        .isEqualTo(Outcome.NO_SIGN_CHANGE);
    assertThat(Xirr.of(List.of(flow("2021-01-01", -1000), flow("2022-01-01", 0))).outcome())
        .isEqualTo(Outcome.NO_SIGN_CHANGE);
    assertThat(Xirr.of(List.of()).outcome()).isEqualTo(Outcome.NO_SIGN_CHANGE);
    assertThat(Xirr.of(List.of()).rate()).isNaN();
  }

  @Test
  void flowsOnOneDayHaveNoAnnualRate() {
    var result = Xirr.of(List.of(flow("2021-01-01", -1000), flow("2021-01-01", 1100)));
    assertThat(result.outcome()).isEqualTo(Outcome.TOO_FEW_FLOWS);
    assertThat(result.found()).isFalse();
  }

  /**
   * −1000 now, +2000 in a year, −1500 in two: with x = 1/(1+r) the value is −1000 + 2000x − 1500x²,
   * negative for every x (discriminant 4e6 − 6e6 < 0), so no rate exists.
   */
  @Test
  void bothSignsButNoRootSaysSo() {
    var result =
        Xirr.of(
            List.of(
                flow("2021-01-01", -1000_00),
                flow("2022-01-01", 2000_00),
                flow("2023-01-01", -1500_00)));
    assertThat(result.outcome()).isEqualTo(Outcome.NO_SOLUTION);
    assertThat(result.rate()).isNaN();
  }

  @Test
  void theRateFoundZeroesTheValue() {
    List<Flow> flows =
        List.of(
            flow("2026-11-01", -5_700_00),
            flow("2026-11-10", -1_234_56),
            flow("2026-11-20", 88_12),
            flow("2026-11-30", 7_100_00));
    var result = Xirr.of(flows);
    double[] years = new double[flows.size()];
    double[] amounts = new double[flows.size()];
    for (int i = 0; i < flows.size(); i++) {
      years[i] =
          java.time.temporal.ChronoUnit.DAYS.between(flows.get(0).date(), flows.get(i).date())
              / 365.0;
      amounts[i] = flows.get(i).amountMinor() / 710_000.0;
    }
    assertThat(Xirr.npv(years, amounts, result.rate())).isCloseTo(0, within(1e-9));
  }
}
