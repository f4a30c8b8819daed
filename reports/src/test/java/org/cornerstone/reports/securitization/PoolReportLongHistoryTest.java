package org.cornerstone.reports.securitization;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cornerstone.reports.securitization.PoolReport.Bucket;
import org.cornerstone.reports.securitization.PoolReport.Collections;
import org.cornerstone.reports.securitization.PoolReport.Deal;
import org.cornerstone.reports.securitization.PoolReport.Delinquency;
import org.cornerstone.reports.securitization.PoolReport.Period;
import org.cornerstone.reports.securitization.PoolReport.TrancheClass;
import org.cornerstone.reports.securitization.PoolReport.TranchePeriod;
import org.cornerstone.reports.securitization.PoolReport.TrancheTerms;
import org.cornerstone.reports.securitization.PoolReport.TriggerPeriod;
import org.cornerstone.reports.securitization.PoolReport.TriggerTerms;
import org.junit.jupiter.api.Test;

/**
 * A deal of ten years of monthly periods, five tranches, five triggers and no fees or reserve: the
 * tables continue over pages, the charts stay one image each, the footers count the pages.
 */
class PoolReportLongHistoryTest {
  private static final int PERIODS = 120;

  static PoolReport report(Locale language) {
    String[] names = {"A1", "A2", "B", "C", "E"};
    long[] balances = {5_000_000_00L, 2_000_000_00L, 1_500_000_00L, 900_000_00L, 600_000_00L};
    long original = 0;
    List<TrancheTerms> terms = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      original += balances[i];
      terms.add(
          new TrancheTerms(
              names[i],
              i < 2 ? TrancheClass.SENIOR : i < 4 ? TrancheClass.MEZZANINE : TrancheClass.EQUITY,
              balances[i],
              i == 4 ? null : new BigDecimal("0.04")));
    }
    List<TriggerTerms> triggers = new ArrayList<>();
    for (String t : List.of("OC-A", "IC-A", "OC-B", "CDR", "JUNIOR-LOCK")) {
      triggers.add(new TriggerTerms(t, t.startsWith("OC") ? "OC" : "POOL_FACTOR", true));
    }
    Deal deal =
        new Deal(
            "LONG-1",
            "长期资产支持专项计划 Long Deal",
            "CNY",
            "SPV 信托",
            "Trustee",
            "Servicer",
            LocalDate.of(2027, 1, 1),
            original,
            terms,
            triggers);
    List<Period> periods = new ArrayList<>();
    long pool = original;
    long[] open = balances.clone();
    for (int n = 1; n <= PERIODS; n++) {
      long principal = Math.min(pool, 80_000_01L);
      pool -= principal;
      List<TranchePeriod> tranches = new ArrayList<>();
      long left = principal;
      for (int i = 0; i < names.length; i++) {
        long paid = Math.min(left, open[i]);
        left -= paid;
        tranches.add(new TranchePeriod(names[i], open[i], 0, 0, 0, paid, 0, open[i] - paid));
        open[i] -= paid;
      }
      List<TriggerPeriod> values = new ArrayList<>();
      for (TriggerTerms t : triggers) {
        BigDecimal value = BigDecimal.valueOf(100 + (n * 7 % 23), 2);
        values.add(new TriggerPeriod(t.name(), value, new BigDecimal("1.10"), n % 17 == 0));
      }
      periods.add(
          new Period(
              n,
              LocalDate.of(2027, 2, 1).plusMonths(n - 1),
              null,
              pool,
              BigDecimal.valueOf(pool).divide(BigDecimal.valueOf(original), 8, RoundingMode.DOWN),
              new Collections(10_000_00L, principal, 0),
              0,
              new Delinquency(
                  new Bucket(pool, 100), new Bucket(0, 0), new Bucket(0, 0), new Bucket(0, 0)),
              0,
              tranches,
              List.of(),
              0,
              values));
    }
    List<String> steps = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      steps.add("step " + i + " of a long log " + "with a long explanation ".repeat(i % 5 + 1));
    }
    return new PoolReport(language, deal, Instant.parse("2037-01-02T00:00:00Z"), periods, steps);
  }

  @Test
  void tenYearsRenderOverManyPagesWithOneChartEach() throws Exception {
    byte[] pdf = new PoolReportRenderer().pdf(report(Locale.ENGLISH));
    String text = PoolReportRendererTest.write("pool-report-long-en", pdf, 2);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(8);
      assertThat(text).contains("Page " + pages + " of " + pages);
      long images = 0;
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          images += page.getResources().isImageXObject(name) ? 1 : 0;
        }
      }
      assertThat(images).isEqualTo(3 + 5);
    }
    assertThat(text)
        .contains("Waterfall steps of period 120")
        .contains("40 step 40 of a long log")
        .contains("长期资产支持专项计划 Long Deal")
        .contains("1.04 / 1.10 · breached") // period 17: 1.00 + (17 × 7 mod 23) / 100
        .contains("120 2037-01-01 0.00 0.00 0.00 0.00 399,998.80")
        .contains("120 2037-01-01 399,998.80 399,998.80");
    assertThat(text).contains("Record date – –");
  }

  @Test
  void aSinglePeriodHistoryHasOneSummaryColumn() throws Exception {
    PoolReport full = report(Locale.SIMPLIFIED_CHINESE);
    PoolReport first =
        new PoolReport(
            full.language(),
            full.deal(),
            full.generatedAt(),
            full.periods().subList(0, 1),
            List.of());
    String text =
        PoolReportRendererTest.write(
            "pool-report-first-zh", new PoolReportRenderer().pdf(first), 1);
    assertThat(text).contains("项目 第 1 期 ").doesNotContain("第 0 期").contains("无分配步骤记录。");
  }
}
