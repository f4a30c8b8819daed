package org.cornerstone.reports.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cornerstone.reports.statement.InvestorStatement.IncomeLine;

/**
 * The statement as one RFC 4180 CSV table (UTF-8, CRLF), one row per line of every section and a
 * {@code TOTAL} row per section and currency. Column names are English and fixed whatever the
 * reader's language (a machine reads this file); amounts are plain decimals of the currency, exact
 * (the totals are sums of the minor units shown above them, never of rounded figures).
 *
 * <p>Columns: {@code section} ({@code HOLDING}, {@code TRADE}, {@code SUBSCRIPTION}, {@code
 * DISTRIBUTION}, {@code CASH}, {@code RETURN}, {@code *_TOTAL}), {@code date}, {@code reference},
 * {@code instrument}, {@code description}, {@code quantity}, {@code price}, {@code amount}, {@code
 * fee}, {@code tax}, {@code net}, {@code currency}, {@code status}.
 */
public final class InvestorStatementCsv {
  public static final List<String> HEADER =
      List.of(
          "section",
          "date",
          "reference",
          "instrument",
          "description",
          "quantity",
          "price",
          "amount",
          "fee",
          "tax",
          "net",
          "currency",
          "status");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

  private InvestorStatementCsv() {}

  public static String render(InvestorStatement s) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      String end = s.to().toString();
      for (var h : s.holdings()) {
        csv.printRecord(
            "HOLDING",
            end,
            h.basis().name(),
            h.instrumentId(),
            "opening "
                + h.openingQuantity()
                + ", opening value "
                + money(h.openingValueMinor(), h.currency()),
            h.closingQuantity(),
            h.pricePerToken() == null ? "" : h.pricePerToken().toPlainString(),
            h.basis() == InvestorStatement.ValuationBasis.NONE
                ? ""
                : money(h.closingValueMinor(), h.currency()),
            "",
            "",
            "",
            nz(h.currency()),
            h.priceDate() == null ? "" : "price of " + h.priceDate());
      }
      totals(
          csv,
          "HOLDING_TOTAL",
          end,
          "closing value",
          InvestorStatementRenderer.totals(
              s.holdings(),
              InvestorStatement.HoldingLine::currency,
              InvestorStatement.HoldingLine::closingValueMinor),
          null,
          null,
          null);
      for (var t : s.trades()) {
        csv.printRecord(
            "TRADE",
            t.executedAt().toString(),
            t.tradeId(),
            t.instrumentId(),
            t.side(),
            t.quantity(),
            money(t.priceMinor(), t.currency()),
            money(t.amountMinor(), t.currency()),
            money(t.feeMinor(), t.currency()),
            "",
            "",
            t.currency(),
            t.settlement());
      }
      for (String side : List.of("BUY", "SELL")) {
        var lines = s.trades().stream().filter(t -> t.side().equals(side)).toList();
        totals(
            csv,
            "TRADE_TOTAL",
            end,
            side,
            InvestorStatementRenderer.totals(
                lines,
                InvestorStatement.TradeLine::currency,
                InvestorStatement.TradeLine::amountMinor),
            InvestorStatementRenderer.totals(
                lines,
                InvestorStatement.TradeLine::currency,
                InvestorStatement.TradeLine::feeMinor),
            null,
            null);
      }
      for (var sub : s.subscriptions()) {
        csv.printRecord(
            "SUBSCRIPTION",
            sub.subscribedAt().toString(),
            sub.subscriptionId(),
            sub.instrumentId(),
            "offering " + sub.offeringId() + ", requested " + sub.quantity(),
            sub.allocated() == null ? "" : sub.allocated(),
            "",
            money(sub.amountPaidMinor(), sub.currency()),
            "",
            "",
            "",
            sub.currency(),
            sub.status());
      }
      totals(
          csv,
          "SUBSCRIPTION_TOTAL",
          end,
          "paid",
          InvestorStatementRenderer.totals(
              s.subscriptions(),
              InvestorStatement.SubscriptionLine::currency,
              InvestorStatement.SubscriptionLine::amountPaidMinor),
          null,
          null,
          null);
      for (IncomeLine i : s.income()) {
        csv.printRecord(
            "DISTRIBUTION",
            i.paymentDate().toString(),
            i.distributionId(),
            i.instrumentId(),
            nz(i.instrumentName()),
            i.quantity(),
            "",
            money(i.grossMinor(), i.currency()),
            "",
            money(i.taxMinor(), i.currency()),
            money(i.netMinor(), i.currency()),
            i.currency(),
            i.state());
      }
      totals(
          csv,
          "DISTRIBUTION_TOTAL",
          end,
          "gross, tax, net",
          InvestorStatementRenderer.totals(
              s.income(), IncomeLine::currency, IncomeLine::grossMinor),
          null,
          InvestorStatementRenderer.totals(s.income(), IncomeLine::currency, IncomeLine::taxMinor),
          InvestorStatementRenderer.totals(s.income(), IncomeLine::currency, IncomeLine::netMinor));
      for (var c : s.cash()) {
        csv.printRecord(
            "CASH",
            c.at().toString(),
            nz(c.reference()),
            "",
            c.kind(),
            "",
            "",
            money(c.amountMinor(), c.currency()),
            "",
            "",
            "",
            c.currency(),
            c.status());
      }
      for (var r : s.returns()) {
        csv.printRecord(
            "RETURN",
            end,
            r.xirr().outcome().name(),
            "",
            "opening "
                + money(r.openingValueMinor(), r.currency())
                + ", paid "
                + money(r.paidMinor(), r.currency())
                + ", received "
                + money(r.receivedMinor(), r.currency())
                + ", closing "
                + money(r.closingValueMinor(), r.currency()),
            "",
            r.xirr().found() ? BigDecimal.valueOf(r.xirr().rate()).toPlainString() : "",
            "",
            "",
            "",
            "",
            r.currency(),
            "XIRR Actual/365");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void totals(
      CSVPrinter csv,
      String section,
      String date,
      String description,
      Map<String, Long> amounts,
      Map<String, Long> fees,
      Map<String, Long> taxes,
      Map<String, Long> nets)
      throws IOException {
    for (var e : amounts.entrySet()) {
      String c = e.getKey();
      List<Object> row = new ArrayList<>();
      row.addAll(List.of(section, date, "", "", description, "", "", money(e.getValue(), c)));
      row.add(fees == null ? "" : money(fees.get(c), c));
      row.add(taxes == null ? "" : money(taxes.get(c), c));
      row.add(nets == null ? "" : money(nets.get(c), c));
      row.add(c);
      row.add("");
      csv.printRecord(row);
    }
  }

  private static String money(long minor, String currency) {
    return currency == null ? "" : Money.plain(minor, currency);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
