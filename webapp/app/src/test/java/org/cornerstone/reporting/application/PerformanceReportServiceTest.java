package org.cornerstone.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.cornerstone.reporting.application.StatementSources.InstrumentFacts;
import org.cornerstone.servicing.application.DistributionSummary;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class PerformanceReportServiceTest {
  FakeSources sources = new FakeSources();
  PerformanceReportService service =
      new PerformanceReportService(sources, StatementServiceTest.DECEMBER);

  @Test
  void collectionsHoldersAndDailyPrices() {
    sources.facts.put(
        "A1",
        new InstrumentFacts("A1", "浦东写字楼", "CNY", Optional.empty(), Optional.of(BigDecimal.TEN)));
    sources.capTable = new StatementSources.Holders(3, 1_000_000);
    sources.income.distributions.add(
        new DistributionSummary(
            "D1",
            "A1",
            "2026-10",
            "CNY",
            123_456_78,
            3_456_78,
            120_000_00,
            12_000_00,
            2,
            LocalDate.of(2026, 11, 5),
            LocalDate.of(2026, 11, 10),
            3,
            "PAID"));
    sources.trades.add(
        FakeSources.trade(
            1, "A1", "ivan", "jade", "2026-11-10T09:30:00Z", 10, 58_00, 0, "SETTLED"));
    sources.trades.add(
        FakeSources.trade(2, "A1", "jade", "ivan", "2026-11-10T15:00:00Z", 5, 59_50, 0, "SETTLED"));
    sources.trades.add(
        FakeSources.trade(3, "A1", "jade", "ivan", "2026-11-10T16:00:00Z", 7, 99_00, 0, "REFUSED"));
    sources.trades.add(
        FakeSources.trade(4, "A1", "jade", "ivan", "2026-11-12T10:00:00Z", 2, 57_10, 0, "PENDING"));
    var report = service.report(StatementServiceTest.TOM, "A1", Locale.ENGLISH);
    assertThat(report.holderCount()).isEqualTo(3);
    assertThat(report.supply()).isEqualTo(1_000_000);
    assertThat(report.periods())
        .singleElement()
        .satisfies(p -> assertThat(p.netMinor()).isEqualTo(120_000_00));
    assertThat(report.prices()).hasSize(2);
    var first = report.prices().get(0);
    assertThat(first.openMinor()).isEqualTo(58_00);
    assertThat(first.highMinor()).isEqualTo(59_50); // the refused 99.00 is left out
    assertThat(first.closeMinor()).isEqualTo(59_50);
    assertThat(first.volume()).isEqualTo(15);
    assertThat(service.csv(StatementServiceTest.TOM, "A1")).contains("PERIOD,2026-10,D1,123456.78");
  }

  @Test
  void onlyTrusteesAndKnownInstruments() {
    assertThatThrownBy(() -> service.report(StatementServiceTest.IVAN, "A1", Locale.ENGLISH))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.report(StatementServiceTest.TOM, "nope", Locale.ENGLISH))
        .isInstanceOf(NotFoundException.class);
  }
}
