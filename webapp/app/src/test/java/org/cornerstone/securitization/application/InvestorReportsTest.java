package org.cornerstone.securitization.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.cornerstone.reports.securitization.PoolReport;
import org.cornerstone.reports.securitization.PoolReportRenderer;
import org.cornerstone.securitization.domain.StoredPaymentDate;
import org.cornerstone.waterfall.Deal;
import org.cornerstone.waterfall.DealState;
import org.cornerstone.waterfall.PeriodCollections;
import org.cornerstone.waterfall.PeriodResult;
import org.cornerstone.waterfall.StateJson;
import org.cornerstone.waterfall.Waterfall;
import org.junit.jupiter.api.Test;

class InvestorReportsTest {
  private final Deal deal = PaymentDateTestData.deal();
  private final List<StoredPaymentDate> periods =
      List.of(
          PaymentDateTestData.stored(1, 45_000_00L, 120_000_00L, 0, StoredPaymentDate.PAID),
          PaymentDateTestData.stored(2, 44_000_00L, 100_000_00L, 600_000_00L, "APPROVED"));

  @Test
  void theReportCarriesTheEngineFiguresPeriodByPeriodAsStored() {
    PoolReport report =
        InvestorReports.report(
            deal,
            new InvestorReports.Parties("HRT SPV", "tom", "Harbour Realty"),
            periods,
            Locale.ENGLISH,
            Instant.parse("2027-03-16T00:00:00Z"));

    // the results the payment dates stored, period by period from the stored state
    PeriodResult one =
        Waterfall.pay(
            deal, DealState.initial(deal), new PeriodCollections(1, 45_000_00L, 120_000_00L, 0, 0));
    DealState stored = StateJson.read(StateJson.write(one.stateAfter(), deal), deal);
    PeriodResult two =
        Waterfall.pay(
            deal, stored, new PeriodCollections(2, 44_000_00L, 100_000_00L, 0, 600_000_00L));

    assertThat(report.periods()).hasSize(2);
    PoolReport.Period p2 = report.periods().get(1);
    assertThat(p2.poolBalanceMinor()).isEqualTo(two.poolBalanceEnd());
    assertThat(p2.poolFactor()).isEqualTo(two.poolFactor());
    assertThat(p2.lossesMinor()).isEqualTo(600_000_00L);
    assertThat(p2.cumulativeDefaultsMinor()).isEqualTo(600_000_00L);
    assertThat(p2.recordDate()).isEqualTo(periods.get(1).recordDate());
    assertThat(p2.delinquency().days30().balanceMinor()).isEqualTo(300_000_00L);
    for (int i = 0; i < 3; i++) {
      PeriodResult.TrancheResult engine = two.tranches().get(i);
      PoolReport.TranchePeriod mapped = p2.tranches().get(i);
      assertThat(mapped.tranche()).isEqualTo(engine.name());
      assertThat(mapped.interestPaidMinor()).isEqualTo(engine.interestPaid());
      assertThat(mapped.principalPaidMinor()).isEqualTo(engine.principalPaid());
      assertThat(mapped.lossesMinor()).isEqualTo(engine.writeDown());
      assertThat(mapped.balanceAfterMinor()).isEqualTo(engine.balanceEnd());
    }
    // the loss of 6 % of the pool writes the equity down, not the senior tranche
    assertThat(p2.tranches().get(2).lossesMinor()).isPositive();
    assertThat(p2.tranches().get(0).lossesMinor()).isZero();
    assertThat(p2.reserveBalanceMinor()).isEqualTo(two.reserve().balanceEnd());
    assertThat(p2.fees())
        .extracting(PoolReport.FeePeriod::paidMinor)
        .containsExactlyElementsOf(two.fees().stream().map(PeriodResult.FeeResult::paid).toList());
    // the pool factor fell below 0.95: the junior lock is breached in period 2, not in period 1
    assertThat(report.periods().get(0).triggers().get(2).breached()).isFalse();
    assertThat(p2.triggers().get(2).trigger()).isEqualTo("JUNIOR-LOCK");
    assertThat(p2.triggers().get(2).breached()).isTrue();
    assertThat(p2.triggers().get(2).threshold()).isEqualByComparingTo(new BigDecimal("0.95"));
    assertThat(two.juniorTransfersRestricted()).isTrue();
    assertThat(report.stepLog()).isEqualTo(two.log());
    assertThat(report.deal().tranches())
        .extracting(PoolReport.TrancheTerms::originalBalanceMinor)
        .containsExactly(8_000_000_00L, 1_200_000_00L, 800_000_00L);
  }

  @Test
  void theReportRendersInBothLanguages() {
    for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      byte[] pdf =
          new PoolReportRenderer()
              .pdf(
                  InvestorReports.report(
                      deal,
                      new InvestorReports.Parties("HRT SPV", "tom", "Harbour Realty"),
                      periods,
                      language,
                      Instant.parse("2027-03-16T00:00:00Z")));
      assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }
  }
}
