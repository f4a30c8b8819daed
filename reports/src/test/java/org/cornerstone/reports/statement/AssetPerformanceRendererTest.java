package org.cornerstone.reports.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.cornerstone.reports.statement.AssetPerformanceReport.PeriodLine;
import org.cornerstone.reports.statement.AssetPerformanceReport.PriceDay;
import org.junit.jupiter.api.Test;

class AssetPerformanceRendererTest {
  static AssetPerformanceReport report(Locale language) {
    return new AssetPerformanceReport(
        language,
        "asset-1",
        "上海浦东写字楼 Tower A",
        "CNY",
        Instant.parse("2026-12-01T08:00:00Z"),
        1_000_000,
        3,
        List.of(
            new PeriodLine(
                "2026-10",
                "dist-1",
                123_456_78L,
                3_456_78L,
                120_000_00L,
                12_000_00L,
                2L,
                LocalDate.of(2026, 11, 5),
                LocalDate.of(2026, 11, 10),
                3,
                "PAID"),
            new PeriodLine(
                "2026-11",
                "dist-2",
                100_000_01L,
                0L,
                100_000_01L,
                10_000_00L,
                1L,
                LocalDate.of(2026, 12, 5),
                null,
                3,
                "APPROVED")),
        List.of(
            new PriceDay(LocalDate.of(2026, 11, 10), 57_00, 58_10, 56_90, 58_05, 1_200),
            new PriceDay(LocalDate.of(2026, 11, 11), 58_05, 59_00, 57_50, 57_80, 300),
            new PriceDay(LocalDate.of(2026, 11, 13), 57_80, 57_80, 57_10, 57_10, 40)),
        List.of());
  }

  @Test
  void pdfInChineseWithBothCharts() throws Exception {
    byte[] pdf = new AssetPerformanceRenderer().pdf(report(Locale.SIMPLIFIED_CHINESE));
    String text = InvestorStatementRendererTest.write("performance-zh", pdf);
    assertThat(text)
        .contains("资产表现报告")
        .contains("各期回收款及收益分配")
        .contains("123,456.78")
        .contains("223,456.79") // 123,456.78 + 100,000.01
        .contains("价格历史")
        .contains("58.05");
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      long images = 0;
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          images += page.getResources().isImageXObject(name) ? 1 : 0;
        }
      }
      assertThat(images).isEqualTo(2);
    }
  }

  @Test
  void pdfInEnglish() throws Exception {
    String text =
        InvestorStatementRendererTest.write(
            "performance-en", new AssetPerformanceRenderer().pdf(report(Locale.ENGLISH)));
    assertThat(text).contains("Asset performance report").contains("Price history (trades)");
  }

  @Test
  void csvTotalsAreExact() throws Exception {
    var rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(new AssetPerformanceRenderer().csv(report(Locale.ENGLISH))))
            .getRecords();
    var total =
        rows.stream()
            .filter(r -> r.get("section").equals("PERIOD_TOTAL"))
            .findFirst()
            .orElseThrow();
    assertThat(total.get("gross")).isEqualTo("223456.79");
    assertThat(total.get("net")).isEqualTo("220000.01");
    assertThat(total.get("remainder")).isEqualTo("0.03");
    assertThat(rows.stream().filter(r -> r.get("section").equals("PRICE")).count()).isEqualTo(3);
  }
}
