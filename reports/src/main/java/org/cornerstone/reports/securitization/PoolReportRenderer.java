package org.cornerstone.reports.securitization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import org.cornerstone.reports.issuance.ReportDocument;
import org.cornerstone.reports.securitization.PoolReport.Bucket;
import org.cornerstone.reports.securitization.PoolReport.Deal;
import org.cornerstone.reports.securitization.PoolReport.FeePeriod;
import org.cornerstone.reports.securitization.PoolReport.Period;
import org.cornerstone.reports.securitization.PoolReport.TranchePeriod;
import org.cornerstone.reports.securitization.PoolReport.TrancheTerms;
import org.cornerstone.reports.securitization.PoolReport.TriggerPeriod;
import org.cornerstone.reports.securitization.PoolReport.TriggerTerms;
import org.cornerstone.reports.statement.Charts;
import org.cornerstone.reports.statement.Labels;
import org.cornerstone.reports.statement.Money;

/**
 * The pool / investor report of a securitization deal as PDF (A4, English or Simplified Chinese)
 * and as CSV.
 *
 * <p>The PDF: the deal, the period's summary (pool balance and factor, collections, losses, fees,
 * reserve), the tranche payments with an exact total row, a chart of the pool balance and factor
 * over the periods, the tranche balances stacked per period (chart and table), the delinquency
 * buckets and cumulative defaults (table of the period, table and chart per period), the triggers
 * (the period's value against the threshold with breaches marked, the values per period, a chart
 * per trigger of its value against its threshold), and the period's waterfall steps. Page numbers
 * in the footer; the document information names the deal, the trustee and the report's time.
 *
 * <p>Amounts are printed grouped by thousands with exactly the currency's minor digits: they are
 * the engine's minor units, never rounded; totals are {@link Math#addExact} sums of those units.
 * Only the "share of pool" percentages are computed here (two decimals, half up).
 */
public final class PoolReportRenderer {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
  private static final int SMALL_CHART = 165;
  private static final int CHART = 210;

  private final boolean archival;

  /** Ordinary PDF (standard 14 fonts for Latin text, embedded subsets for Chinese). */
  public PoolReportRenderer() {
    this(false);
  }

  private PoolReportRenderer(boolean archival) {
    this.archival = archival;
  }

  /**
   * A renderer of reports to be archived: PDF/A-1b, every font embedded, XMP metadata and an sRGB
   * output intent (as {@code IssuanceCertificateRenderer.forArchive()}); the same pages.
   */
  public static PoolReportRenderer forArchive() {
    return new PoolReportRenderer(true);
  }

  /**
   * The report as a PDF.
   *
   * @return the PDF file's bytes
   * @throws java.io.UncheckedIOException if PDFBox fails to write the document
   */
  public byte[] pdf(PoolReport r) {
    Labels l = Labels.of(r.language());
    Deal d = r.deal();
    Period p = r.period();
    String period = Integer.toString(p.number());
    String title = l.text("pool.title");
    try (ReportDocument pdf =
        new ReportDocument(
            title + " " + d.id() + " " + period,
            l.format("pool.running", d.name(), period),
            archival)) {
      pdf.describe(d.name() + " (" + d.id() + ")", d.trustee(), r.generatedAt());
      pdf.footer(l.format("pool.footer", d.id(), period), l.text("pool.page"));
      pdf.title(
          title,
          l.format(
              "pool.subtitle",
              d.name(),
              d.id(),
              period,
              p.paymentDate().toString(),
              MINUTE.format(r.generatedAt())));
      deal(pdf, l, d);
      summary(pdf, l, r);
      tranches(pdf, l, r);
      poolChart(pdf, l, r);
      trancheBalances(pdf, l, r);
      delinquency(pdf, l, r);
      triggers(pdf, l, r);
      steps(pdf, l, r);
      pdf.note(l.format("pool.note", d.currency()));
      return pdf.toBytes();
    }
  }

  private static void deal(ReportDocument pdf, Labels l, Deal d) {
    pdf.table(
        List.of(
            l.text("pool.deal"),
            l.text("pool.spv"),
            l.text("pool.trustee"),
            l.text("pool.servicer"),
            l.text("pool.closingDate"),
            l.text("pool.originalBalance")),
        new float[] {0.22f, 0.17f, 0.14f, 0.14f, 0.12f, 0.21f},
        new boolean[] {false, false, false, false, false, true},
        List.of(
            List.of(
                d.name() + " (" + d.id() + ")",
                d.spv(),
                d.trustee(),
                d.servicer(),
                d.closingDate().toString(),
                Money.grouped(d.originalPoolBalanceMinor(), d.currency()) + " " + d.currency())));
  }

  private static void summary(ReportDocument pdf, Labels l, PoolReport r) {
    pdf.heading(l.text("pool.summary"), 120);
    String c = r.deal().currency();
    List<Period> shown = new ArrayList<>();
    if (r.previousPeriod() != null) {
      shown.add(r.previousPeriod());
    }
    shown.add(r.period());
    List<String> headers = new ArrayList<>();
    headers.add(l.text("pool.item"));
    shown.forEach(p -> headers.add(l.format("pool.periodN", Integer.toString(p.number()))));
    List<List<String>> rows = new ArrayList<>();
    rows.add(row(l.text("pool.paymentDate"), shown, p -> p.paymentDate().toString()));
    rows.add(row(l.text("pool.recordDate"), shown, p -> date(p.recordDate())));
    rows.add(row(l.text("pool.poolBalance"), shown, p -> Money.grouped(p.poolBalanceMinor(), c)));
    rows.add(row(l.text("pool.poolFactor"), shown, p -> p.poolFactor().toPlainString()));
    rows.add(
        row(
            l.text("pool.interestCollected"),
            shown,
            p -> Money.grouped(p.collections().interestMinor(), c)));
    rows.add(
        row(
            l.text("pool.principalCollected"),
            shown,
            p -> Money.grouped(p.collections().principalMinor(), c)));
    rows.add(
        row(
            l.text("pool.recoveries"),
            shown,
            p -> Money.grouped(p.collections().recoveriesMinor(), c)));
    rows.add(
        row(
            l.text("pool.collections"),
            shown,
            p -> Money.grouped(p.collections().totalMinor(), c)));
    rows.add(row(l.text("pool.losses"), shown, p -> Money.grouped(p.lossesMinor(), c)));
    rows.add(
        row(
            l.text("pool.cumulativeDefaults"),
            shown,
            p -> Money.grouped(p.cumulativeDefaultsMinor(), c)));
    rows.add(row(l.text("pool.feesPaid"), shown, p -> Money.grouped(p.feesPaidMinor(), c)));
    rows.add(row(l.text("pool.reserve"), shown, p -> Money.grouped(p.reserveBalanceMinor(), c)));
    float[] widths = shown.size() == 2 ? new float[] {0.4f, 0.3f, 0.3f} : new float[] {0.5f, 0.5f};
    boolean[] right =
        shown.size() == 2 ? new boolean[] {false, true, true} : new boolean[] {false, true};
    pdf.table(headers, widths, right, rows);
  }

  private interface Cell {
    String of(Period p);
  }

  private static List<String> row(String label, List<Period> periods, Cell cell) {
    List<String> row = new ArrayList<>();
    row.add(label);
    periods.forEach(p -> row.add(cell.of(p)));
    return row;
  }

  private static void tranches(ReportDocument pdf, Labels l, PoolReport r) {
    pdf.heading(l.text("pool.tranches"), 80);
    String c = r.deal().currency();
    Period p = r.period();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < p.tranches().size(); i++) {
      TranchePeriod t = p.tranches().get(i);
      rows.add(
          List.of(
              trancheLabel(l, r.deal().tranches().get(i)),
              Money.grouped(t.balanceBeforeMinor(), c),
              Money.grouped(t.interestPaidMinor(), c),
              Money.grouped(t.principalPaidMinor(), c),
              Money.grouped(t.lossesMinor(), c),
              Money.grouped(t.balanceAfterMinor(), c),
              Money.grouped(t.interestShortfallMinor(), c)));
    }
    rows.add(
        List.of(
            l.text("total"),
            Money.grouped(sum(p.tranches(), TranchePeriod::balanceBeforeMinor), c),
            Money.grouped(sum(p.tranches(), TranchePeriod::interestPaidMinor), c),
            Money.grouped(sum(p.tranches(), TranchePeriod::principalPaidMinor), c),
            Money.grouped(sum(p.tranches(), TranchePeriod::lossesMinor), c),
            Money.grouped(sum(p.tranches(), TranchePeriod::balanceAfterMinor), c),
            Money.grouped(sum(p.tranches(), TranchePeriod::interestShortfallMinor), c)));
    pdf.table(
        List.of(
            l.text("pool.tranche"),
            l.text("pool.balanceBefore"),
            l.text("pool.interestPaid"),
            l.text("pool.principalPaid"),
            l.text("pool.losses"),
            l.text("pool.balanceAfter"),
            l.text("pool.shortfall")),
        new float[] {0.16f, 0.16f, 0.135f, 0.135f, 0.12f, 0.16f, 0.13f},
        new boolean[] {false, true, true, true, true, true, true},
        rows);
    if (!p.fees().isEmpty()) {
      List<List<String>> fees = new ArrayList<>();
      for (FeePeriod f : p.fees()) {
        fees.add(List.of(f.fee(), Money.grouped(f.dueMinor(), c), Money.grouped(f.paidMinor(), c)));
      }
      fees.add(
          List.of(
              l.text("total"),
              Money.grouped(sum(p.fees(), FeePeriod::dueMinor), c),
              Money.grouped(p.feesPaidMinor(), c)));
      pdf.heading(l.text("pool.fees"), 60);
      pdf.table(
          List.of(l.text("pool.fee"), l.text("pool.due"), l.text("pool.paid")),
          new float[] {0.5f, 0.25f, 0.25f},
          new boolean[] {false, true, true},
          fees);
    }
  }

  static String trancheLabel(Labels l, TrancheTerms t) {
    String kind = l.code("pool.class", t.trancheClass().name());
    return l.chinese() ? t.name() + "(" + kind + ")" : t.name() + " (" + kind + ")";
  }

  private static void poolChart(ReportDocument pdf, Labels l, PoolReport r) {
    String c = r.deal().currency();
    Map<Integer, BigDecimal> balance = new TreeMap<>();
    Map<Integer, BigDecimal> factor = new TreeMap<>();
    for (Period p : r.periods()) {
      balance.put(p.number(), Money.decimal(p.poolBalanceMinor(), c));
      factor.put(p.number(), p.poolFactor());
    }
    pdf.heading(l.text("pool.chart.pool"), CHART + 10);
    pdf.image(
        Charts.balanceAndFactor(
            l.text("pool.period"),
            l.format("pool.chart.amount", c),
            l.text("pool.poolBalance"),
            balance,
            Money.decimal(r.deal().originalPoolBalanceMinor(), c),
            l.text("pool.poolFactor"),
            l.text("pool.poolFactor"),
            factor,
            CHART),
        ReportDocument.CONTENT_WIDTH);
  }

  private static void trancheBalances(ReportDocument pdf, Labels l, PoolReport r) {
    String c = r.deal().currency();
    Deal d = r.deal();
    Map<String, Map<Integer, BigDecimal>> series = new LinkedHashMap<>();
    // Stacked bottom-up: the most junior at the bottom, as losses eat it first.
    for (int i = d.tranches().size() - 1; i >= 0; i--) {
      Map<Integer, BigDecimal> points = new TreeMap<>();
      for (Period p : r.periods()) {
        points.put(p.number(), Money.decimal(p.tranches().get(i).balanceAfterMinor(), c));
      }
      series.put(trancheLabel(l, d.tranches().get(i)), points);
    }
    pdf.heading(l.text("pool.trancheBalances"), CHART + 10);
    pdf.image(
        Charts.stackedPeriods(
            l.text("pool.period"), l.format("pool.chart.amount", c), series, CHART),
        ReportDocument.CONTENT_WIDTH);
    // Amount columns: each tranche, their total, the pool; at most AMOUNT_COLUMNS per table so that
    // a ten-digit amount never wraps (more tranches continue in a second table).
    List<String> names = new ArrayList<>();
    d.tranches().forEach(t -> names.add(t.name()));
    names.add(l.text("total"));
    names.add(l.text("pool.poolBalance"));
    for (int from = 0; from < names.size(); from += AMOUNT_COLUMNS) {
      int to = Math.min(names.size(), from + AMOUNT_COLUMNS);
      List<String> headers = new ArrayList<>();
      headers.add(l.text("pool.period"));
      headers.add(l.text("pool.paymentDate"));
      headers.addAll(names.subList(from, to));
      float[] widths = new float[to - from + 2];
      boolean[] right = new boolean[widths.length];
      widths[0] = 0.08f;
      widths[1] = 0.15f;
      right[0] = true;
      for (int i = 2; i < widths.length; i++) {
        widths[i] = 0.77f / AMOUNT_COLUMNS;
        right[i] = true;
      }
      List<List<String>> rows = new ArrayList<>();
      for (Period p : r.periods()) {
        List<Long> amounts = new ArrayList<>();
        p.tranches().forEach(t -> amounts.add(t.balanceAfterMinor()));
        amounts.add(sum(p.tranches(), TranchePeriod::balanceAfterMinor));
        amounts.add(p.poolBalanceMinor());
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(p.number()));
        row.add(p.paymentDate().toString());
        amounts.subList(from, to).forEach(a -> row.add(Money.grouped(a, c)));
        rows.add(row);
      }
      pdf.table(headers, widths, right, rows);
    }
  }

  /** Amount columns per table beside the period and the date: 77 pt each, 16 characters. */
  private static final int AMOUNT_COLUMNS = 5;

  private static void delinquency(ReportDocument pdf, Labels l, PoolReport r) {
    String c = r.deal().currency();
    Period p = r.period();
    pdf.heading(l.text("pool.delinquency"), 120);
    String[] keys = {"pool.bucket.current", "pool.bucket.30", "pool.bucket.60", "pool.bucket.90"};
    List<Bucket> buckets = p.delinquency().buckets();
    long totalBalance = 0;
    long totalCount = 0;
    for (Bucket b : buckets) {
      totalBalance = Math.addExact(totalBalance, b.balanceMinor());
      totalCount = Math.addExact(totalCount, b.count());
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < buckets.size(); i++) {
      Bucket b = buckets.get(i);
      rows.add(
          List.of(
              l.text(keys[i]),
              Integer.toString(b.count()),
              Money.grouped(b.balanceMinor(), c),
              share(b.balanceMinor(), totalBalance)));
    }
    long delinquent = p.delinquency().delinquentMinor();
    int delinquentCount =
        p.delinquency().days30().count()
            + p.delinquency().days60().count()
            + p.delinquency().days90Plus().count();
    rows.add(
        List.of(
            l.text("pool.delinquent"),
            Integer.toString(delinquentCount),
            Money.grouped(delinquent, c),
            share(delinquent, totalBalance)));
    rows.add(
        List.of(
            l.text("total"),
            Long.toString(totalCount),
            Money.grouped(totalBalance, c),
            share(totalBalance, totalBalance)));
    pdf.table(
        List.of(
            l.text("pool.bucket"),
            l.text("pool.count"),
            l.text("pool.balance"),
            l.text("pool.share")),
        new float[] {0.4f, 0.15f, 0.25f, 0.2f},
        new boolean[] {false, true, true, true},
        rows);

    pdf.heading(l.text("pool.delinquencyHistory"), CHART + 10);
    Map<String, Map<Integer, BigDecimal>> series = new LinkedHashMap<>();
    Map<Integer, BigDecimal> d30 = new TreeMap<>();
    Map<Integer, BigDecimal> d60 = new TreeMap<>();
    Map<Integer, BigDecimal> d90 = new TreeMap<>();
    Map<Integer, BigDecimal> defaults = new TreeMap<>();
    List<List<String>> history = new ArrayList<>();
    for (Period q : r.periods()) {
      d30.put(q.number(), Money.decimal(q.delinquency().days30().balanceMinor(), c));
      d60.put(q.number(), Money.decimal(q.delinquency().days60().balanceMinor(), c));
      d90.put(q.number(), Money.decimal(q.delinquency().days90Plus().balanceMinor(), c));
      defaults.put(q.number(), Money.decimal(q.cumulativeDefaultsMinor(), c));
      history.add(
          List.of(
              Integer.toString(q.number()),
              Money.grouped(q.delinquency().days30().balanceMinor(), c),
              Money.grouped(q.delinquency().days60().balanceMinor(), c),
              Money.grouped(q.delinquency().days90Plus().balanceMinor(), c),
              Money.grouped(q.lossesMinor(), c),
              Money.grouped(q.cumulativeDefaultsMinor(), c)));
    }
    history.add(
        List.of(
            l.text("total"),
            "",
            "",
            "",
            Money.grouped(sum(r.periods(), Period::lossesMinor), c),
            ""));
    series.put(l.text("pool.bucket.30"), d30);
    series.put(l.text("pool.bucket.60"), d60);
    series.put(l.text("pool.bucket.90"), d90);
    series.put(l.text("pool.cumulativeDefaults"), defaults);
    pdf.image(
        Charts.periodLines(
            l.text("pool.period"), l.format("pool.chart.amount", c), series, "", Map.of(), CHART),
        ReportDocument.CONTENT_WIDTH);
    pdf.table(
        List.of(
            l.text("pool.period"),
            l.text("pool.bucket.30"),
            l.text("pool.bucket.60"),
            l.text("pool.bucket.90"),
            l.text("pool.losses"),
            l.text("pool.cumulativeDefaults")),
        new float[] {0.1f, 0.18f, 0.18f, 0.18f, 0.18f, 0.18f},
        new boolean[] {true, true, true, true, true, true},
        history);
  }

  /** {@code part / whole} as a percentage with two decimals, half up. */
  static String share(long part, long whole) {
    if (whole == 0) {
      return "–";
    }
    return BigDecimal.valueOf(part)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP)
            .toPlainString()
        + " %";
  }

  private static void triggers(ReportDocument pdf, Labels l, PoolReport r) {
    pdf.heading(l.text("pool.triggers"), 80);
    Deal d = r.deal();
    if (d.triggers().isEmpty()) {
      pdf.paragraph(l.text("pool.noTriggers"));
      return;
    }
    Period p = r.period();
    Period before = r.previousPeriod();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < d.triggers().size(); i++) {
      TriggerTerms terms = d.triggers().get(i);
      TriggerPeriod t = p.triggers().get(i);
      rows.add(
          List.of(
              terms.name(),
              l.code("pool.test", terms.test()),
              t.value().toPlainString(),
              t.threshold().toPlainString(),
              l.text(
                  "pool.status." + status(t, before == null ? null : before.triggers().get(i)))));
    }
    pdf.table(
        List.of(
            l.text("pool.trigger"),
            l.text("pool.test"),
            l.text("pool.value"),
            l.text("pool.threshold"),
            l.text("pool.status")),
        new float[] {0.17f, 0.3f, 0.13f, 0.13f, 0.27f},
        new boolean[] {false, false, true, true, false},
        rows);

    pdf.heading(l.text("pool.triggerHistory"), 80);
    int perTable = 4;
    for (int from = 0; from < d.triggers().size(); from += perTable) {
      int to = Math.min(d.triggers().size(), from + perTable);
      List<String> headers = new ArrayList<>();
      headers.add(l.text("pool.period"));
      for (int i = from; i < to; i++) {
        headers.add(d.triggers().get(i).name());
      }
      float[] widths = new float[to - from + 1];
      boolean[] right = new boolean[to - from + 1];
      widths[0] = 0.12f;
      right[0] = true;
      for (int i = 1; i < widths.length; i++) {
        widths[i] = 0.88f / (to - from);
        right[i] = true;
      }
      List<List<String>> history = new ArrayList<>();
      for (Period q : r.periods()) {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(q.number()));
        for (int i = from; i < to; i++) {
          TriggerPeriod t = q.triggers().get(i);
          row.add(
              t.value().toPlainString()
                  + " / "
                  + t.threshold().toPlainString()
                  + (t.breached() ? " · " + l.text("pool.breachedMark") : ""));
        }
        history.add(row);
      }
      pdf.table(headers, widths, right, history);
    }

    pdf.heading(l.text("pool.triggerCharts"), SMALL_CHART + 10);
    for (int i = 0; i < d.triggers().size(); i++) {
      TriggerTerms terms = d.triggers().get(i);
      Map<Integer, BigDecimal> values = new TreeMap<>();
      Map<Integer, BigDecimal> thresholds = new TreeMap<>();
      Set<Integer> breached = new TreeSet<>();
      for (Period q : r.periods()) {
        TriggerPeriod t = q.triggers().get(i);
        values.put(q.number(), t.value());
        thresholds.put(q.number(), t.threshold());
        if (t.breached()) {
          breached.add(q.number());
        }
      }
      pdf.image(
          Charts.valueAgainstThreshold(
              terms.name() + " · " + l.code("pool.test", terms.test()),
              l.text("pool.period"),
              l.text("pool.chart.value"),
              values,
              l.text("pool.chart.threshold"),
              thresholds,
              l.text("pool.chart.breached"),
              breached,
              SMALL_CHART),
          ReportDocument.CONTENT_WIDTH);
    }
  }

  /** BREACHED, CURED (passed after a breach in the period before) or PASS. */
  static String status(TriggerPeriod now, TriggerPeriod before) {
    if (now.breached()) {
      return "BREACHED";
    }
    return before != null && before.breached() ? "CURED" : "PASS";
  }

  private static void steps(ReportDocument pdf, Labels l, PoolReport r) {
    pdf.heading(l.format("pool.steps", Integer.toString(r.period().number())), 60);
    if (r.stepLog().isEmpty()) {
      pdf.paragraph(l.text("pool.noSteps"));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < r.stepLog().size(); i++) {
      rows.add(List.of(Integer.toString(i + 1), r.stepLog().get(i)));
    }
    pdf.table(
        List.of("#", l.text("pool.step")),
        new float[] {0.07f, 0.93f},
        new boolean[] {true, false},
        rows);
    pdf.note(l.text("pool.stepsNote"));
  }

  private static <T> long sum(List<T> lines, ToLongFunction<T> amount) {
    long sum = 0;
    for (T line : lines) {
      sum = Math.addExact(sum, amount.applyAsLong(line));
    }
    return sum;
  }

  private static String date(LocalDate d) {
    return d == null ? "–" : d.toString();
  }

  /** The CSV's columns, in order ({@link PoolReportCsv#HEADER}). */
  public static final List<String> CSV_HEADER = PoolReportCsv.HEADER;

  /** The same figures for analysts as CSV ({@link PoolReportCsv#write}). */
  public String csv(PoolReport r) {
    return PoolReportCsv.write(r);
  }
}
