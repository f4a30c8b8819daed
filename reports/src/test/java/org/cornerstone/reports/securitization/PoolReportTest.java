package org.cornerstone.reports.securitization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.cornerstone.reports.securitization.PoolReport.Bucket;
import org.cornerstone.reports.securitization.PoolReport.Collections;
import org.cornerstone.reports.securitization.PoolReport.Deal;
import org.cornerstone.reports.securitization.PoolReport.FeePeriod;
import org.cornerstone.reports.securitization.PoolReport.Period;
import org.cornerstone.reports.securitization.PoolReport.TrancheClass;
import org.cornerstone.reports.securitization.PoolReport.TranchePeriod;
import org.cornerstone.reports.securitization.PoolReport.TrancheTerms;
import org.cornerstone.reports.securitization.PoolReport.TriggerPeriod;
import org.cornerstone.reports.securitization.PoolReport.TriggerTerms;
import org.junit.jupiter.api.Test;

/** The report model refuses inconsistent figures, each with a message naming what is wrong. */
class PoolReportTest {
  private static final Instant AT = Instant.parse("2027-07-16T08:00:00Z");

  private static PoolReport report(List<Period> periods) {
    return new PoolReport(Locale.ENGLISH, PoolReportFixtures.deal(), AT, periods, List.of());
  }

  /** The fixture with period {@code number} replaced. */
  private static List<Period> changed(int number, UnaryOperator<Period> change) {
    List<Period> periods = new ArrayList<>(PoolReportFixtures.periods());
    periods.set(number - 1, change.apply(periods.get(number - 1)));
    return periods;
  }

  private static Period withTranches(Period p, List<TranchePeriod> tranches) {
    return new Period(
        p.number(),
        p.paymentDate(),
        p.recordDate(),
        p.poolBalanceMinor(),
        p.poolFactor(),
        p.collections(),
        p.lossesMinor(),
        p.delinquency(),
        p.cumulativeDefaultsMinor(),
        tranches,
        p.fees(),
        p.reserveBalanceMinor(),
        p.triggers());
  }

  private static Period withTriggers(Period p, List<TriggerPeriod> triggers) {
    return new Period(
        p.number(),
        p.paymentDate(),
        p.recordDate(),
        p.poolBalanceMinor(),
        p.poolFactor(),
        p.collections(),
        p.lossesMinor(),
        p.delinquency(),
        p.cumulativeDefaultsMinor(),
        p.tranches(),
        p.fees(),
        p.reserveBalanceMinor(),
        triggers);
  }

  private static Period withDates(Period p, int number, LocalDate payment, LocalDate record) {
    return new Period(
        number,
        payment,
        record,
        p.poolBalanceMinor(),
        p.poolFactor(),
        p.collections(),
        p.lossesMinor(),
        p.delinquency(),
        p.cumulativeDefaultsMinor(),
        p.tranches(),
        p.fees(),
        p.reserveBalanceMinor(),
        p.triggers());
  }

  private static Period withPool(Period p, long balance, String factor) {
    return new Period(
        p.number(),
        p.paymentDate(),
        p.recordDate(),
        balance,
        new BigDecimal(factor),
        p.collections(),
        p.lossesMinor(),
        p.delinquency(),
        p.cumulativeDefaultsMinor(),
        p.tranches(),
        p.fees(),
        p.reserveBalanceMinor(),
        p.triggers());
  }

  @Test
  void theFixtureIsAccepted() {
    PoolReport r = PoolReportFixtures.report(Locale.ENGLISH);
    assertThat(r.period().number()).isEqualTo(6);
    assertThat(r.previousPeriod().number()).isEqualTo(5);
    assertThat(r.periods()).hasSize(6);
  }

  @Test
  void periodsOutOfOrderAreRefused() {
    List<Period> periods = new ArrayList<>(PoolReportFixtures.periods());
    Period third = periods.remove(2);
    periods.add(3, third);
    assertThatThrownBy(() -> report(periods))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "deal HRT-2027-1, period 4: periods out of order or missing: period 4 follows period"
                + " 2");
  }

  @Test
  void aMissingPeriodIsRefused() {
    List<Period> periods = new ArrayList<>(PoolReportFixtures.periods());
    periods.remove(4);
    assertThatThrownBy(() -> report(periods))
        .hasMessageContaining("period 6: periods out of order or missing");
  }

  @Test
  void paymentDatesMustIncrease() {
    List<Period> periods =
        changed(3, p -> withDates(p, 3, LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 10)));
    assertThatThrownBy(() -> report(periods))
        .hasMessage(
            "deal HRT-2027-1, period 3: payment date 2027-03-15 is not after period 2's"
                + " 2027-03-15");
  }

  @Test
  void aPaymentDateBeforeClosingIsRefused() {
    List<Period> periods =
        changed(1, p -> withDates(p, 1, LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 10)));
    assertThatThrownBy(() -> report(periods))
        .hasMessage(
            "deal HRT-2027-1, period 1: payment date 2027-01-15 is not after the closing date"
                + " 2027-01-15");
  }

  @Test
  void aRecordDateAfterThePaymentDateIsRefused() {
    Period p = PoolReportFixtures.periods().get(0);
    assertThatThrownBy(() -> withDates(p, 1, p.paymentDate(), p.paymentDate().plusDays(1)))
        .hasMessage("period 1: record date 2027-02-16 is after the payment date 2027-02-15");
  }

  @Test
  void aTrancheMissingFromAPeriodIsRefused() {
    List<Period> periods = changed(4, p -> withTranches(p, p.tranches().subList(0, 2)));
    assertThatThrownBy(() -> report(periods))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deal HRT-2027-1, period 4: tranche E is missing");
  }

  @Test
  void anUnknownTrancheIsRefused() {
    List<Period> periods =
        changed(
            2,
            p -> {
              List<TranchePeriod> t = new ArrayList<>(p.tranches());
              t.add(new TranchePeriod("Z", 0, 0, 0, 0, 0, 0, 0));
              return withTranches(p, t);
            });
    assertThatThrownBy(() -> report(periods))
        .hasMessage("deal HRT-2027-1, period 2: tranche Z is not one of the deal's");
  }

  @Test
  void tranchesOutOfTheDealsOrderAreRefused() {
    List<Period> periods =
        changed(
            2,
            p ->
                withTranches(
                    p, List.of(p.tranches().get(1), p.tranches().get(0), p.tranches().get(2))));
    assertThatThrownBy(() -> report(periods))
        .hasMessage(
            "deal HRT-2027-1, period 2: tranches must be in the deal's order [A, B, E], not [B, A,"
                + " E]");
  }

  @Test
  void aTrancheTwiceInAPeriodIsRefused() {
    Period p = PoolReportFixtures.periods().get(0);
    assertThatThrownBy(() -> withTranches(p, List.of(p.tranches().get(0), p.tranches().get(0))))
        .hasMessage("period 1: tranche A appears twice");
  }

  @Test
  void aBalanceThatDoesNotContinueFromThePreviousPeriodIsRefused() {
    List<Period> periods =
        changed(
            3,
            p -> {
              List<TranchePeriod> t = new ArrayList<>(p.tranches());
              TranchePeriod b = t.get(1);
              t.set(
                  1,
                  new TranchePeriod(
                      "B",
                      b.balanceBeforeMinor() + 1,
                      b.interestDueMinor(),
                      b.interestPaidMinor(),
                      b.interestShortfallMinor(),
                      b.principalPaidMinor(),
                      b.lossesMinor(),
                      b.balanceAfterMinor() + 1));
              return withTranches(p, t);
            });
    assertThatThrownBy(() -> report(periods))
        .hasMessage(
            "deal HRT-2027-1, period 3: tranche B balance before 120000001 is not the previous"
                + " period's balance after 120000000 (minor units)");
  }

  @Test
  void theFirstPeriodStartsFromTheOriginalBalances() {
    List<Period> periods =
        changed(
            1,
            p -> {
              List<TranchePeriod> t = new ArrayList<>(p.tranches());
              t.set(2, new TranchePeriod("E", 700_000_00L, 0, 0, 0, 0, 0, 700_000_00L));
              return withTranches(p, t);
            });
    assertThatThrownBy(() -> report(periods))
        .hasMessageContaining("period 1: tranche E balance before 70000000 is not the original");
    // A history that starts later (a window of the last periods) is not checked against it.
    assertThat(report(PoolReportFixtures.periods().subList(2, 6)).periods()).hasSize(4);
  }

  @Test
  void negativeAmountsAreRefused() {
    assertThatThrownBy(() -> new TranchePeriod("A", -1, 0, 0, 0, 0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tranche A: balance before -1 is negative (minor units)");
    assertThatThrownBy(() -> new Collections(1, -5, 0))
        .hasMessage("principal collected -5 is negative (minor units)");
    assertThatThrownBy(() -> new Bucket(-1, 0))
        .hasMessage("delinquency bucket balance -1 is negative (minor units)");
    assertThatThrownBy(() -> new Bucket(0, -2))
        .hasMessage("delinquency bucket count -2 is negative");
    Period p = PoolReportFixtures.periods().get(0);
    assertThatThrownBy(() -> withPool(p, -100, "0"))
        .hasMessage("period 1: pool balance -100 is negative (minor units)");
    assertThatThrownBy(() -> new FeePeriod("trustee", 100, -1))
        .hasMessage("fee trustee: paid -1 is negative (minor units)");
  }

  @Test
  void aBalanceAfterThatDoesNotAddUpIsRefused() {
    assertThatThrownBy(() -> new TranchePeriod("A", 1_000_00, 0, 0, 0, 100_00, 0, 900_01))
        .hasMessage(
            "tranche A: balance after 90001 is not balance before 100000 − principal paid 10000 −"
                + " losses 0 = 90000 (minor units)");
  }

  @Test
  void aShortfallThatIsNotDueLessPaidIsRefused() {
    assertThatThrownBy(() -> new TranchePeriod("B", 0, 5_500_00, 4_000_00, 1_000_00, 0, 0, 0))
        .hasMessage(
            "tranche B: interest shortfall 100000 is not interest due 550000 − interest paid"
                + " 400000 (minor units)");
  }

  @Test
  void aFeePaidAboveWhatIsDueIsRefused() {
    assertThatThrownBy(() -> new FeePeriod("servicer", 100, 101))
        .hasMessage("fee servicer: paid 101 is more than due 100");
  }

  @Test
  void aPoolFactorThatDoesNotMatchTheBalanceIsRefused() {
    List<Period> periods = changed(2, p -> withPool(p, p.poolBalanceMinor(), "0.970000"));
    assertThatThrownBy(() -> report(periods))
        .hasMessage(
            "deal HRT-2027-1, period 2: pool factor 0.970000 does not match pool balance /"
                + " original pool balance = 0.97487495");
    // One unit in the factor's last place is the engine's rounding, and accepted.
    List<Period> rounded = changed(2, p -> withPool(p, p.poolBalanceMinor(), "0.974874"));
    assertThat(report(rounded).periods()).hasSize(6);
    assertThatThrownBy(() -> withPool(PoolReportFixtures.periods().get(0), 0, "-0.1"))
        .hasMessage("period 1: pool factor -0.1 is negative");
  }

  @Test
  void aTriggerMissingOrUnknownIsRefused() {
    List<Period> missing = changed(5, p -> withTriggers(p, p.triggers().subList(0, 2)));
    assertThatThrownBy(() -> report(missing))
        .hasMessage("deal HRT-2027-1, period 5: trigger CDR is missing");
    List<Period> unknown =
        changed(
            5,
            p -> {
              List<TriggerPeriod> t = new ArrayList<>(p.triggers());
              t.add(new TriggerPeriod("JUNIOR-LOCK", BigDecimal.ONE, BigDecimal.ONE, false));
              return withTriggers(p, t);
            });
    assertThatThrownBy(() -> report(unknown))
        .hasMessage("deal HRT-2027-1, period 5: trigger JUNIOR-LOCK is not one of the deal's");
    assertThatThrownBy(() -> new TriggerPeriod("OC-A", null, BigDecimal.ONE, false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("trigger OC-A: value is required");
  }

  @Test
  void aReportWithoutPeriodsIsRefused() {
    assertThatThrownBy(() -> report(List.of()))
        .hasMessage("deal HRT-2027-1: the report needs at least one period");
    assertThatThrownBy(() -> report(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("periods are required");
  }

  @Test
  void theDealIsChecked() {
    Deal d = PoolReportFixtures.deal();
    assertThatThrownBy(
            () ->
                new Deal(
                    d.id(),
                    d.name(),
                    "XYZ",
                    d.spv(),
                    d.trustee(),
                    d.servicer(),
                    d.closingDate(),
                    d.originalPoolBalanceMinor(),
                    d.tranches(),
                    d.triggers()))
        .hasMessage("deal HRT-2027-1: unknown currency XYZ");
    assertThatThrownBy(
            () ->
                new Deal(
                    d.id(),
                    d.name(),
                    "CNY",
                    d.spv(),
                    d.trustee(),
                    d.servicer(),
                    d.closingDate(),
                    0,
                    d.tranches(),
                    d.triggers()))
        .hasMessage("deal HRT-2027-1: original pool balance 0 must be positive (minor units)");
    assertThatThrownBy(
            () ->
                new Deal(
                    d.id(),
                    d.name(),
                    "CNY",
                    " ",
                    d.trustee(),
                    d.servicer(),
                    d.closingDate(),
                    d.originalPoolBalanceMinor(),
                    d.tranches(),
                    d.triggers()))
        .hasMessage("deal HRT-2027-1: SPV is blank");
    assertThatThrownBy(
            () ->
                new Deal(
                    d.id(),
                    d.name(),
                    "CNY",
                    d.spv(),
                    d.trustee(),
                    d.servicer(),
                    d.closingDate(),
                    d.originalPoolBalanceMinor(),
                    List.of(),
                    d.triggers()))
        .hasMessage("deal HRT-2027-1: at least one tranche is required");
    TrancheTerms a = d.tranches().get(0);
    assertThatThrownBy(
            () ->
                new Deal(
                    d.id(),
                    d.name(),
                    "CNY",
                    d.spv(),
                    d.trustee(),
                    d.servicer(),
                    d.closingDate(),
                    d.originalPoolBalanceMinor(),
                    List.of(a, a),
                    d.triggers()))
        .hasMessage("deal HRT-2027-1: tranche A appears twice");
    assertThatThrownBy(() -> new TrancheTerms("A", TrancheClass.SENIOR, 1, new BigDecimal("-0.01")))
        .hasMessage("tranche A: coupon -0.01 is negative");
    assertThatThrownBy(() -> new TriggerTerms("OC-A", "", true))
        .hasMessage("trigger OC-A: test is blank");
  }

  @Test
  void theListsAreCopiesThatCannotChange() {
    List<String> steps = new ArrayList<>(List.of("pay trustee fee 1,000.00"));
    PoolReport r =
        new PoolReport(
            Locale.ENGLISH, PoolReportFixtures.deal(), AT, PoolReportFixtures.periods(), steps);
    steps.add("later");
    assertThat(r.stepLog()).containsExactly("pay trustee fee 1,000.00");
    assertThatThrownBy(() -> r.periods().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
