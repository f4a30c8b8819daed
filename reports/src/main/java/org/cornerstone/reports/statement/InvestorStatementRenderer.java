package org.cornerstone.reports.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.cornerstone.reports.issuance.ReportDocument;
import org.cornerstone.reports.returns.Xirr;
import org.cornerstone.reports.statement.InvestorStatement.HoldingLine;
import org.cornerstone.reports.statement.InvestorStatement.ReturnLine;

/**
 * The monthly investor statement as an A4 PDF: holdings and their value with the valuation basis, a
 * chart of the holdings' value per day (JFreeChart), trades, subscriptions, distributions with tax
 * withheld, cash movements and the return (XIRR) per currency. Texts in the statement's language;
 * Chinese drawn with the embedded Noto Sans SC subset.
 */
public final class InvestorStatementRenderer {
  static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  public byte[] render(InvestorStatement s) {
    Labels l = Labels.of(s.language());
    String title = l.text("statement.title") + " " + s.month();
    try (ReportDocument pdf = new ReportDocument(title, title + " · " + s.investorName())) {
      pdf.title(
          title,
          l.format(
              "statement.subtitle",
              s.investorName(),
              s.from().toString(),
              s.to().toString(),
              MINUTE.format(s.generatedAt())));
      pdf.table(
          List.of(l.text("statement.investor"), l.text("statement.holder")),
          new float[] {0.35f, 0.65f},
          new boolean[] {false, false},
          List.of(List.of(s.investorName(), s.holder())));

      holdings(pdf, l, s);
      chart(pdf, l, s);
      returns(pdf, l, s);
      trades(pdf, l, s);
      subscriptions(pdf, l, s);
      income(pdf, l, s);
      cash(pdf, l, s);
      for (String note : s.notes()) {
        pdf.note(note);
      }
      return pdf.toBytes();
    }
  }

  private static void holdings(ReportDocument pdf, Labels l, InvestorStatement s) {
    pdf.heading(l.text("holdings"), 40);
    List<List<String>> rows = new ArrayList<>();
    for (HoldingLine h : s.holdings()) {
      rows.add(
          List.of(
              h.name() == null || h.name().equals(h.instrumentId())
                  ? h.instrumentId()
                  : h.name() + " (" + h.instrumentId() + ")",
              Long.toString(h.openingQuantity()),
              Long.toString(h.closingQuantity()),
              h.pricePerToken() == null ? "–" : Money.grouped(h.pricePerToken()),
              basis(l, h),
              h.basis() == InvestorStatement.ValuationBasis.NONE
                  ? "–"
                  : Money.grouped(h.closingValueMinor(), h.currency()),
              h.currency() == null ? "" : h.currency()));
    }
    for (var total :
        totals(s.holdings(), HoldingLine::currency, HoldingLine::closingValueMinor).entrySet()) {
      rows.add(
          List.of(
              l.text("total"),
              "",
              "",
              "",
              "",
              Money.grouped(total.getValue(), total.getKey()),
              total.getKey()));
    }
    if (s.holdings().isEmpty()) {
      pdf.paragraph(l.text("none"));
    } else {
      pdf.table(
          List.of(
              l.text("holdings.instrument"),
              l.text("holdings.opening"),
              l.text("holdings.closing"),
              l.text("holdings.price"),
              l.text("holdings.basis"),
              l.text("holdings.value"),
              l.text("holdings.currency")),
          new float[] {0.26f, 0.1f, 0.1f, 0.11f, 0.2f, 0.15f, 0.08f},
          new boolean[] {false, true, true, true, false, true, false},
          rows);
    }
    pdf.note(l.text("basis.note"));
  }

  static String basis(Labels l, HoldingLine h) {
    return h.basis() == InvestorStatement.ValuationBasis.LAST_TRADE
        ? l.format("basis.LAST_TRADE", h.priceDate() == null ? "" : h.priceDate().toString())
        : l.code("basis", h.basis().name());
  }

  private static void chart(ReportDocument pdf, Labels l, InvestorStatement s) {
    if (s.valueSeries().isEmpty()) {
      return;
    }
    Map<String, Map<LocalDate, BigDecimal>> series = new TreeMap<>();
    for (var point : s.valueSeries()) {
      series
          .computeIfAbsent(point.currency(), c -> new TreeMap<>())
          .put(point.date(), Money.decimal(point.valueMinor(), point.currency()));
    }
    pdf.heading(l.text("chart.title"), 240);
    pdf.image(
        Charts.dailyLines(null, l.text("chart.date"), l.text("chart.value"), series),
        ReportDocument.CONTENT_WIDTH);
  }

  private static void returns(ReportDocument pdf, Labels l, InvestorStatement s) {
    pdf.heading(l.text("returns"), 40);
    List<List<String>> rows = new ArrayList<>();
    for (ReturnLine r : s.returns()) {
      rows.add(
          List.of(
              r.currency(),
              Money.grouped(r.openingValueMinor(), r.currency()),
              Money.grouped(r.paidMinor(), r.currency()),
              Money.grouped(r.receivedMinor(), r.currency()),
              Money.grouped(r.closingValueMinor(), r.currency()),
              xirr(l, r.xirr())));
    }
    if (rows.isEmpty()) {
      pdf.paragraph(l.text("none"));
    } else {
      pdf.table(
          List.of(
              l.text("returns.currency"),
              l.text("returns.opening"),
              l.text("returns.paid"),
              l.text("returns.received"),
              l.text("returns.closing"),
              l.text("returns.xirr")),
          new float[] {0.1f, 0.16f, 0.16f, 0.16f, 0.16f, 0.26f},
          new boolean[] {false, true, true, true, true, true},
          rows);
    }
    pdf.note(l.text("returns.note"));
  }

  /** The rate as a percentage with two decimals (HALF_UP), or why there is none. */
  static String xirr(Labels l, Xirr.Result result) {
    if (!result.found()) {
      return l.code("xirr", result.outcome().name());
    }
    return l.format(
        "xirr.RATE",
        BigDecimal.valueOf(result.rate())
                .movePointRight(2)
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString()
            + " %");
  }

  private static void trades(ReportDocument pdf, Labels l, InvestorStatement s) {
    pdf.heading(l.text("trades"), 40);
    if (s.trades().isEmpty()) {
      pdf.paragraph(l.text("none"));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (var t : s.trades()) {
      rows.add(
          List.of(
              MINUTE.format(t.executedAt()),
              Long.toString(t.tradeId()),
              t.instrumentId(),
              l.code("side", t.side()),
              Long.toString(t.quantity()),
              Money.grouped(t.priceMinor(), t.currency()),
              Money.grouped(t.amountMinor(), t.currency()),
              Money.grouped(t.feeMinor(), t.currency()),
              t.currency(),
              t.settlement()));
    }
    pdf.table(
        List.of(
            l.text("trades.date"),
            l.text("trades.id"),
            l.text("holdings.instrument"),
            l.text("trades.side"),
            l.text("trades.quantity"),
            l.text("trades.price"),
            l.text("trades.amount"),
            l.text("trades.fee"),
            l.text("holdings.currency"),
            l.text("trades.settlement")),
        new float[] {0.16f, 0.07f, 0.13f, 0.06f, 0.08f, 0.1f, 0.12f, 0.08f, 0.07f, 0.13f},
        new boolean[] {false, true, false, false, true, true, true, true, false, false},
        rows);
  }

  private static void subscriptions(ReportDocument pdf, Labels l, InvestorStatement s) {
    pdf.heading(l.text("subscriptions"), 40);
    if (s.subscriptions().isEmpty()) {
      pdf.paragraph(l.text("none"));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (var sub : s.subscriptions()) {
      rows.add(
          List.of(
              MINUTE.format(sub.subscribedAt()),
              sub.offeringId(),
              sub.instrumentId(),
              Long.toString(sub.quantity()),
              sub.allocated() == null ? "–" : Long.toString(sub.allocated()),
              Money.grouped(sub.amountPaidMinor(), sub.currency()),
              sub.currency(),
              sub.status()));
    }
    pdf.table(
        List.of(
            l.text("subscriptions.date"),
            l.text("subscriptions.offering"),
            l.text("holdings.instrument"),
            l.text("subscriptions.requested"),
            l.text("subscriptions.allocated"),
            l.text("subscriptions.paid"),
            l.text("holdings.currency"),
            l.text("subscriptions.status")),
        new float[] {0.17f, 0.15f, 0.15f, 0.09f, 0.1f, 0.13f, 0.07f, 0.14f},
        new boolean[] {false, false, false, true, true, true, false, false},
        rows);
  }

  private static void income(ReportDocument pdf, Labels l, InvestorStatement s) {
    pdf.heading(l.text("income"), 40);
    if (s.income().isEmpty()) {
      pdf.paragraph(l.text("none"));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (var i : s.income()) {
      rows.add(
          List.of(
              i.paymentDate().toString(),
              i.distributionId(),
              i.instrumentName() == null ? i.instrumentId() : i.instrumentName(),
              Long.toString(i.quantity()),
              Money.grouped(i.grossMinor(), i.currency()),
              Money.grouped(i.taxMinor(), i.currency()),
              Money.grouped(i.netMinor(), i.currency()),
              i.currency(),
              i.state()));
    }
    var gross = totals(s.income(), InvestorStatement.IncomeLine::currency, i -> i.grossMinor());
    var tax = totals(s.income(), InvestorStatement.IncomeLine::currency, i -> i.taxMinor());
    var net = totals(s.income(), InvestorStatement.IncomeLine::currency, i -> i.netMinor());
    for (String currency : gross.keySet()) {
      rows.add(
          List.of(
              l.text("total"),
              "",
              "",
              "",
              Money.grouped(gross.get(currency), currency),
              Money.grouped(tax.get(currency), currency),
              Money.grouped(net.get(currency), currency),
              currency,
              ""));
    }
    pdf.table(
        List.of(
            l.text("income.paymentDate"),
            l.text("income.distribution"),
            l.text("holdings.instrument"),
            l.text("income.quantity"),
            l.text("income.gross"),
            l.text("income.tax"),
            l.text("income.net"),
            l.text("holdings.currency"),
            l.text("income.state")),
        new float[] {0.11f, 0.11f, 0.17f, 0.08f, 0.12f, 0.13f, 0.12f, 0.07f, 0.09f},
        new boolean[] {false, false, false, true, true, true, true, false, false},
        rows);
  }

  private static void cash(ReportDocument pdf, Labels l, InvestorStatement s) {
    pdf.heading(l.text("cash"), 40);
    if (s.cash().isEmpty()) {
      pdf.paragraph(l.text("none"));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (var c : s.cash()) {
      rows.add(
          List.of(
              MINUTE.format(c.at()),
              l.code("kind", c.kind()),
              Money.grouped(c.amountMinor(), c.currency()),
              c.currency(),
              c.status(),
              c.reference() == null ? "" : c.reference()));
    }
    pdf.table(
        List.of(
            l.text("cash.date"),
            l.text("cash.kind"),
            l.text("cash.amount"),
            l.text("holdings.currency"),
            l.text("cash.status"),
            l.text("cash.reference")),
        new float[] {0.18f, 0.14f, 0.16f, 0.08f, 0.16f, 0.28f},
        new boolean[] {false, false, true, false, false, false},
        rows);
  }

  /** Sums per currency, exact ({@link Math#addExact}), in the order the currencies sort. */
  static <T> Map<String, Long> totals(
      List<T> lines, java.util.function.Function<T, String> currency, ToLongFunction<T> amount) {
    Map<String, Long> sums = new TreeMap<>();
    for (T line : lines) {
      String c = currency.apply(line);
      if (c != null) {
        sums.merge(c, amount.applyAsLong(line), Math::addExact);
      }
    }
    return sums;
  }
}
