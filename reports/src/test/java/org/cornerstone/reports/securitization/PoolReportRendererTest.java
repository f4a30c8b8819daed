package org.cornerstone.reports.securitization;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cornerstone.reports.securitization.PoolReport.Period;
import org.cornerstone.reports.securitization.PoolReport.TranchePeriod;
import org.junit.jupiter.api.Test;

/**
 * The pool report's PDF (its text layer in both languages, its charts, page numbers, metadata) and
 * CSV, for the fixture deal. Expected figures are computed here from the fixture's inputs with
 * {@link BigDecimal} and formatted with {@link String#format}, not with the renderer's helpers.
 * Samples (PDF and every page as PNG) are written to {@code target/pool-reports/}.
 */
class PoolReportRendererTest {
  private final PoolReportRenderer renderer = new PoolReportRenderer();

  /** 1234567 minor units as "12,345.67", independently of the renderer's Money helper. */
  private static String cny(long minor) {
    return String.format(Locale.ROOT, "%,.2f", BigDecimal.valueOf(minor).movePointLeft(2));
  }

  private static long sum(List<TranchePeriod> lines, ToLongFunction<TranchePeriod> f) {
    return lines.stream().mapToLong(f).sum();
  }

  private static Period last() {
    List<Period> periods = PoolReportFixtures.periods();
    return periods.get(periods.size() - 1);
  }

  @Test
  void englishReportShowsThePeriodTranchesTriggersAndSteps() throws Exception {
    byte[] pdf = renderer.pdf(PoolReportFixtures.report(Locale.ENGLISH));
    String text = write("pool-report-en", pdf);
    Period p = last();
    assertThat(text)
        .contains("Pool and investor report")
        .contains("Harbour Realty Trust 2027-1 (HRT-2027-1) · period 6 · payment date 2027-07-15")
        .contains("Harbour Realty SPV Trust")
        .contains("Trustee Bank")
        .contains("10,000,000.00 CNY")
        .contains("Period summary")
        .contains("Period 5 Period 6");
    // Pool balance and factor of period 6, from the fixture's inputs.
    long pool = PoolReportFixtures.ORIGINAL;
    for (int i = 0; i < 6; i++) {
      pool -= PoolReportFixtures.PRINCIPAL[i] + PoolReportFixtures.LOSSES[i];
    }
    assertThat(p.poolBalanceMinor()).isEqualTo(pool);
    String factor =
        BigDecimal.valueOf(pool)
            .divide(BigDecimal.valueOf(PoolReportFixtures.ORIGINAL), 6, RoundingMode.HALF_UP)
            .toPlainString();
    assertThat(text)
        .contains("Pool balance " + cny(pool + 150_000_00L + 110_000_01L) + " " + cny(pool));
    assertThat(text).contains("Pool factor").contains(factor);
    long collections =
        PoolReportFixtures.INTEREST[5]
            + PoolReportFixtures.PRINCIPAL[5]
            + PoolReportFixtures.RECOVERIES[5];
    assertThat(text).contains("Total collections").contains(cny(collections));
    assertThat(text).contains("Losses " + cny(0) + " " + cny(150_000_00L));

    // The tranche payments of period 6: each line, and the total row summed here.
    assertThat(text).contains("Tranche payments");
    assertThat(text)
        .contains("E (equity) 800,000.00 0.00 0.00 150,000.00 650,000.00 0.00")
        .contains("B (mezzanine) 1,200,000.00 5,500.00 0.00 0.00 1,200,000.00 0.00");
    List<TranchePeriod> t = p.tranches();
    assertThat(text)
        .contains(
            "Σ Total "
                + String.join(
                    " ",
                    cny(sum(t, TranchePeriod::balanceBeforeMinor)),
                    cny(sum(t, TranchePeriod::interestPaidMinor)),
                    cny(sum(t, TranchePeriod::principalPaidMinor)),
                    cny(sum(t, TranchePeriod::lossesMinor)),
                    cny(sum(t, TranchePeriod::balanceAfterMinor)),
                    cny(sum(t, TranchePeriod::interestShortfallMinor))));
    // Sequential pay, losses bottom-up: the tranches still add up to the pool.
    assertThat(sum(t, TranchePeriod::balanceAfterMinor)).isEqualTo(pool);

    // Fees: trustee fixed, servicer 0.5 % a year on the pool at the start of the period.
    long servicer =
        BigDecimal.valueOf(pool + 150_000_00L + 110_000_01L)
            .multiply(new BigDecimal("0.005"))
            .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
            .longValueExact();
    assertThat(text)
        .contains("Senior fees")
        .contains("trustee 1,000.00 1,000.00")
        .contains("servicer " + cny(servicer) + " " + cny(servicer))
        .contains("Σ Total " + cny(1_000_00L + servicer) + " " + cny(1_000_00L + servicer));

    // Delinquencies of period 6 and their shares of the pool.
    long delinquent =
        PoolReportFixtures.DPD30[5] + PoolReportFixtures.DPD60[5] + PoolReportFixtures.DPD90[5];
    String share =
        BigDecimal.valueOf(delinquent)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(pool), 2, RoundingMode.HALF_UP)
            .toPlainString();
    assertThat(text)
        .contains("Delinquencies and defaults")
        .contains(
            "Delinquent (30+ days) " + (11 + 8 + 6) + " " + cny(delinquent) + " " + share + " %")
        .contains("90+ days 6 5,000.00")
        .contains("Σ Total " + (982 + 11 + 8 + 6) + " " + cny(pool) + " 100.00 %");
    long totalLosses = 0;
    for (long loss : PoolReportFixtures.LOSSES) {
      totalLosses += loss;
    }
    assertThat(text).contains("Σ Total " + cny(totalLosses));

    // Triggers: IC-A breached in periods 3 and 4, cured in 5; the period's table says passed.
    assertThat(text)
        .contains("Triggers")
        .contains("IC-A Interest coverage (IC) 1.70 1.50 Passed")
        .contains("CDR Cumulative default 0.0150 0.08 Passed")
        .contains("1.45 / 1.50 · breached")
        .contains("1.41 / 1.50 · breached")
        .contains("1.62 / 1.50 ")
        .doesNotContain("1.62 / 1.50 · breached")
        .contains("Trigger values against their thresholds");

    // The step log, in order.
    assertThat(text)
        .contains("Waterfall steps of period 6")
        .contains("1 pay trustee fee 1,000.00")
        .contains("6 write off 150,000.00 from E (losses bottom-up)");
    assertThat(text.indexOf("pay trustee fee")).isLessThan(text.indexOf("write off 150,000.00"));
    assertThat(text).contains("Amounts in CNY").doesNotContain("资产池");

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      assertThat(text).contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages);
      // pool chart, tranche balances, delinquencies, one per trigger (3)
      assertThat(images(doc)).isEqualTo(6);
      var info = doc.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("Pool and investor report HRT-2027-1 6");
      assertThat(info.getSubject()).isEqualTo("Harbour Realty Trust 2027-1 (HRT-2027-1)");
      assertThat(info.getAuthor()).isEqualTo("Trustee Bank");
      assertThat(info.getCreationDate().toInstant())
          .isEqualTo(java.time.Instant.parse("2027-07-16T08:00:00Z"));
    }
  }

  @Test
  void chineseReportReadsInChineseWithTheSameFigures() throws Exception {
    byte[] pdf = renderer.pdf(PoolReportFixtures.report(Locale.SIMPLIFIED_CHINESE));
    String text = write("pool-report-zh", pdf);
    Period p = last();
    List<TranchePeriod> t = p.tranches();
    assertThat(text)
        .contains("资产池及投资者报告")
        .contains("第 6 期")
        .contains("特殊目的信托")
        .contains("受托人")
        .contains("资产服务机构")
        .contains("本期概要")
        .contains("资产池余额 " + cny(p.poolBalanceMinor() + 150_000_00L + 110_000_01L))
        .contains("资产池因子")
        .contains("各档证券兑付")
        .contains("E(次级) 800,000.00 0.00 0.00 150,000.00 650,000.00 0.00")
        .contains("A(优先级)")
        .contains("B(夹层)")
        .contains(
            "Σ 合计 "
                + cny(sum(t, TranchePeriod::balanceBeforeMinor))
                + " "
                + cny(sum(t, TranchePeriod::interestPaidMinor)))
        .contains("逾期及违约")
        .contains("逾期90天以上")
        .contains("触发事件")
        .contains("利息覆盖(IC) 1.70 1.50 未触发")
        .contains("1.45 / 1.50 · 触发")
        .contains("第 6 期现金流分配步骤")
        .contains("pay trustee fee 1,000.00")
        .contains("金额单位:CNY")
        .doesNotContain("Pool and investor report");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertThat(text).contains("第 1 页,共 " + pages + " 页");
      assertThat(images(doc)).isEqualTo(6);
    }
  }

  @Test
  void curedTriggerIsMarkedInThePeriodAfterTheBreach() throws Exception {
    List<Period> five = PoolReportFixtures.periods().subList(0, 5);
    PoolReport report =
        new PoolReport(
            Locale.ENGLISH,
            PoolReportFixtures.deal(),
            java.time.Instant.parse("2027-06-16T08:00:00Z"),
            five,
            List.of());
    String text = write("pool-report-period5-en", renderer.pdf(report), 1);
    assertThat(text)
        .contains("IC-A Interest coverage (IC) 1.62 1.50 Cured (passed again)")
        .contains("No steps recorded.");
    PoolReport fourth =
        new PoolReport(
            Locale.ENGLISH,
            PoolReportFixtures.deal(),
            java.time.Instant.parse("2027-05-16T08:00:00Z"),
            five.subList(0, 4),
            List.of());
    assertThat(text(renderer.pdf(fourth)))
        .contains("IC-A Interest coverage (IC) 1.41 1.50 BREACHED");
  }

  @Test
  void csvHasOneRowPerTranchePerPeriodWithExactFigures() throws Exception {
    String csv = renderer.csv(PoolReportFixtures.report(Locale.SIMPLIFIED_CHINESE));
    Files.createDirectories(Path.of("target", "pool-reports"));
    Files.writeString(Path.of("target", "pool-reports", "pool-report.csv"), csv);
    assertThat(csv).startsWith(String.join(",", PoolReportRenderer.CSV_HEADER) + "\r\n");
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertThat(rows).hasSize(18);
    assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(32));
    List<Period> periods = PoolReportFixtures.periods();
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord row = rows.get(i);
      Period p = periods.get(i / 3);
      TranchePeriod t = p.tranches().get(i % 3);
      assertThat(row.get("period")).isEqualTo(Integer.toString(i / 3 + 1));
      assertThat(row.get("tranche")).isEqualTo(List.of("A", "B", "E").get(i % 3));
      assertThat(new BigDecimal(row.get("balance_after")))
          .isEqualTo(BigDecimal.valueOf(t.balanceAfterMinor(), 2));
      assertThat(row.get("principal_paid"))
          .isEqualTo(BigDecimal.valueOf(t.principalPaidMinor(), 2).toPlainString());
      assertThat(row.get("pool_balance"))
          .isEqualTo(BigDecimal.valueOf(p.poolBalanceMinor(), 2).toPlainString());
    }
    CSVRecord e6 = rows.get(17);
    assertThat(e6.get("deal_id")).isEqualTo("HRT-2027-1");
    assertThat(e6.get("currency")).isEqualTo("CNY");
    assertThat(e6.get("payment_date")).isEqualTo("2027-07-15");
    assertThat(e6.get("record_date")).isEqualTo("2027-07-10");
    assertThat(e6.get("tranche_class")).isEqualTo("EQUITY");
    assertThat(e6.get("balance_before")).isEqualTo("800000.00");
    assertThat(e6.get("tranche_losses")).isEqualTo("150000.00");
    assertThat(e6.get("balance_after")).isEqualTo("650000.00");
    assertThat(e6.get("pool_losses")).isEqualTo("150000.00");
    assertThat(e6.get("recoveries")).isEqualTo("1234.56");
    assertThat(e6.get("dpd90plus_balance")).isEqualTo("5000.00");
    assertThat(e6.get("dpd90plus_count")).isEqualTo("6");
    CSVRecord b4 = rows.get(10);
    assertThat(b4.get("interest_due")).isEqualTo("5500.00");
    assertThat(b4.get("interest_paid")).isEqualTo("4000.00");
    assertThat(b4.get("interest_shortfall")).isEqualTo("1500.00");
    assertThat(b4.get("triggers_breached")).isEqualTo("IC-A");
    assertThat(b4.get("reserve_balance")).isEqualTo("92345.67");
    assertThat(rows.get(13).get("interest_due")).isEqualTo("7000.00"); // B, period 5: caught up
    assertThat(rows.get(13).get("triggers_breached")).isEmpty();
    // Principal paid over all rows = principal collected over all periods, to the cent.
    BigDecimal paid =
        rows.stream()
            .map(r -> new BigDecimal(r.get("principal_paid")))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    long collected = 0;
    for (long c : PoolReportFixtures.PRINCIPAL) {
      collected += c;
    }
    assertThat(paid).isEqualTo(BigDecimal.valueOf(collected, 2));
  }

  @Test
  void amountsKeepTheCurrencysMinorDigits() throws Exception {
    PoolReport.Deal d = PoolReportFixtures.deal();
    PoolReport.Deal yen =
        new PoolReport.Deal(
            d.id(),
            d.name(),
            "JPY",
            d.spv(),
            d.trustee(),
            d.servicer(),
            d.closingDate(),
            d.originalPoolBalanceMinor(),
            d.tranches(),
            d.triggers());
    PoolReport report =
        new PoolReport(
            Locale.ENGLISH,
            yen,
            java.time.Instant.parse("2027-07-16T08:00:00Z"),
            PoolReportFixtures.periods(),
            List.of());
    // 800,000.00 CNY in fen are 80,000,000 yen: no decimals, nothing rounded.
    assertThat(text(renderer.pdf(report)))
        .contains("E (equity) 80,000,000 0 0 15,000,000 65,000,000 0");
    assertThat(renderer.csv(report)).contains(",80000000,0,0,0,0,15000000,65000000\r\n");
  }

  private static long images(PDDocument doc) throws Exception {
    long images = 0;
    for (var page : doc.getPages()) {
      for (var name : page.getResources().getXObjectNames()) {
        images += page.getResources().isImageXObject(name) ? 1 : 0;
      }
    }
    return images;
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  /**
   * Writes the PDF under target/pool-reports/ and answers its text; with {@code -Dreports.png=true}
   * also each page as PNG, to look at (drawing pages is most of these tests' time, so not in CI).
   */
  static String write(String name, byte[] pdf) throws Exception {
    return write(name, pdf, Integer.MAX_VALUE);
  }

  /** The same, with PNGs of the first {@code pngPages} pages only. */
  static String write(String name, byte[] pdf, int pngPages) throws Exception {
    Path dir = Path.of("target", "pool-reports");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer pages = new PDFRenderer(doc);
      int drawn = Boolean.getBoolean("reports.png") ? pngPages : 0;
      for (int i = 0; i < Math.min(drawn, doc.getNumberOfPages()); i++) {
        BufferedImage page = pages.renderImageWithDPI(i, 110);
        ImageIO.write(page, "png", dir.resolve(name + "-page" + (i + 1) + ".png").toFile());
      }
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
