package org.cornerstone.reports.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cornerstone.reports.issuance.ReportDocument;
import org.cornerstone.reports.statement.AssetPerformanceReport.PeriodLine;
import org.cornerstone.reports.statement.AssetPerformanceReport.PriceDay;

/**
 * The asset performance report as PDF (figures, a bar chart of collections and net distributions
 * per period and a line chart of the daily closing price, both JFreeChart) and CSV.
 */
public final class AssetPerformanceRenderer {

  public byte[] pdf(AssetPerformanceReport r) {
    Labels l = Labels.of(r.language());
    String title = l.text("report.title");
    try (ReportDocument pdf = new ReportDocument(title + " " + r.instrumentId(), title)) {
      pdf.title(
          title,
          l.format(
              "report.subtitle",
              r.assetTitle(),
              r.instrumentId(),
              InvestorStatementRenderer.MINUTE.format(r.generatedAt())));
      pdf.table(
          List.of(
              l.text("report.asset"),
              l.text("report.instrument"),
              l.text("report.supply"),
              l.text("report.holders")),
          new float[] {0.4f, 0.3f, 0.15f, 0.15f},
          new boolean[] {false, false, true, true},
          List.of(
              List.of(
                  r.assetTitle(),
                  r.instrumentId(),
                  Long.toString(r.supply()),
                  Integer.toString(r.holderCount()))));
      pdf.heading(l.text("report.collections"), 40);
      if (r.periods().isEmpty()) {
        pdf.paragraph(l.text("none"));
      } else {
        List<String> categories = new ArrayList<>();
        List<BigDecimal> gross = new ArrayList<>();
        List<BigDecimal> net = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        long[] sums = new long[5];
        for (PeriodLine p : r.periods()) {
          categories.add(p.period());
          gross.add(Money.decimal(p.grossMinor(), r.currency()));
          net.add(Money.decimal(p.netMinor(), r.currency()));
          sums[0] = Math.addExact(sums[0], p.grossMinor());
          sums[1] = Math.addExact(sums[1], p.costsMinor());
          sums[2] = Math.addExact(sums[2], p.netMinor());
          sums[3] = Math.addExact(sums[3], p.taxMinor());
          sums[4] = Math.addExact(sums[4], p.remainderMinor());
          rows.add(
              List.of(
                  p.period(),
                  Money.grouped(p.grossMinor(), r.currency()),
                  Money.grouped(p.costsMinor(), r.currency()),
                  Money.grouped(p.netMinor(), r.currency()),
                  Money.grouped(p.taxMinor(), r.currency()),
                  Money.grouped(p.remainderMinor(), r.currency()),
                  date(p.recordDate()),
                  date(p.paymentDate()),
                  Integer.toString(p.holderCount()),
                  p.state()));
        }
        rows.add(
            List.of(
                l.text("total"),
                Money.grouped(sums[0], r.currency()),
                Money.grouped(sums[1], r.currency()),
                Money.grouped(sums[2], r.currency()),
                Money.grouped(sums[3], r.currency()),
                Money.grouped(sums[4], r.currency()),
                "",
                "",
                "",
                ""));
        pdf.table(
            List.of(
                l.text("report.period"),
                l.text("report.gross"),
                l.text("report.costs"),
                l.text("report.net"),
                l.text("report.tax"),
                l.text("report.remainder"),
                l.text("report.recordDate"),
                l.text("report.paymentDate"),
                l.text("report.holderCount"),
                l.text("report.state")),
            new float[] {0.08f, 0.12f, 0.1f, 0.12f, 0.1f, 0.07f, 0.11f, 0.11f, 0.07f, 0.12f},
            new boolean[] {false, true, true, true, true, true, false, false, true, false},
            rows);
        Map<String, List<BigDecimal>> series = new java.util.LinkedHashMap<>();
        series.put(l.text("report.gross"), gross);
        series.put(l.text("report.net"), net);
        pdf.image(
            Charts.bars(
                null,
                l.text("report.period"),
                l.text("report.chart.amount") + " (" + r.currency() + ")",
                categories,
                series),
            ReportDocument.CONTENT_WIDTH);
      }
      pdf.heading(l.text("report.prices"), 240);
      if (r.prices().isEmpty()) {
        pdf.paragraph(l.text("none"));
      } else {
        Map<LocalDate, BigDecimal> closes = new TreeMap<>();
        r.prices().forEach(p -> closes.put(p.day(), Money.decimal(p.closeMinor(), r.currency())));
        pdf.image(
            Charts.dailyLines(
                null,
                l.text("report.date"),
                l.text("report.chart.price") + " (" + r.currency() + ")",
                Map.of(r.instrumentId(), closes),
                false),
            ReportDocument.CONTENT_WIDTH);
        List<List<String>> rows = new ArrayList<>();
        for (PriceDay p : r.prices()) {
          rows.add(
              List.of(
                  p.day().toString(),
                  Money.grouped(p.openMinor(), r.currency()),
                  Money.grouped(p.highMinor(), r.currency()),
                  Money.grouped(p.lowMinor(), r.currency()),
                  Money.grouped(p.closeMinor(), r.currency()),
                  Long.toString(p.volume())));
        }
        pdf.table(
            List.of(
                l.text("report.date"),
                l.text("report.open"),
                l.text("report.high"),
                l.text("report.low"),
                l.text("report.close"),
                l.text("report.volume")),
            new float[] {0.2f, 0.16f, 0.16f, 0.16f, 0.16f, 0.16f},
            new boolean[] {false, true, true, true, true, true},
            rows);
      }
      pdf.note(l.format("report.note", r.currency()));
      r.notes().forEach(pdf::note);
      return pdf.toBytes();
    }
  }

  private static String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  /**
   * CSV: {@code section} {@code PERIOD} (one per distribution), {@code PERIOD_TOTAL}, {@code PRICE}
   * (one per trading day); amounts and prices are plain decimals of the currency.
   */
  public String csv(AssetPerformanceReport r) {
    StringBuilder out = new StringBuilder();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader(
                "section",
                "period",
                "distribution",
                "gross",
                "costs",
                "net",
                "tax",
                "remainder",
                "record_date",
                "payment_date",
                "holders",
                "state",
                "open",
                "high",
                "low",
                "close",
                "volume",
                "currency")
            .get();
    String c = r.currency();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      long[] sums = new long[5];
      for (PeriodLine p : r.periods()) {
        sums[0] = Math.addExact(sums[0], p.grossMinor());
        sums[1] = Math.addExact(sums[1], p.costsMinor());
        sums[2] = Math.addExact(sums[2], p.netMinor());
        sums[3] = Math.addExact(sums[3], p.taxMinor());
        sums[4] = Math.addExact(sums[4], p.remainderMinor());
        csv.printRecord(
            "PERIOD",
            p.period(),
            p.distributionId(),
            Money.plain(p.grossMinor(), c),
            Money.plain(p.costsMinor(), c),
            Money.plain(p.netMinor(), c),
            Money.plain(p.taxMinor(), c),
            Money.plain(p.remainderMinor(), c),
            date(p.recordDate()),
            date(p.paymentDate()),
            p.holderCount(),
            p.state(),
            "",
            "",
            "",
            "",
            "",
            c);
      }
      csv.printRecord(
          "PERIOD_TOTAL",
          "",
          "",
          Money.plain(sums[0], c),
          Money.plain(sums[1], c),
          Money.plain(sums[2], c),
          Money.plain(sums[3], c),
          Money.plain(sums[4], c),
          "",
          "",
          r.holderCount(),
          "",
          "",
          "",
          "",
          "",
          "",
          c);
      for (PriceDay p : r.prices()) {
        csv.printRecord(
            "PRICE",
            p.day().toString(),
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            Money.plain(p.openMinor(), c),
            Money.plain(p.highMinor(), c),
            Money.plain(p.lowMinor(), c),
            Money.plain(p.closeMinor(), c),
            p.volume(),
            c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
