package org.cornerstone.reports.securitization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cornerstone.reports.securitization.PoolReport.Period;
import org.cornerstone.reports.securitization.PoolReport.TranchePeriod;
import org.cornerstone.reports.securitization.PoolReport.TriggerPeriod;
import org.cornerstone.reports.statement.Money;

/** The pool report's figures as CSV, for analysts (the PDF's numbers, one row per tranche). */
public final class PoolReportCsv {
  private PoolReportCsv() {}

  /** The CSV's columns, in order. */
  public static final List<String> HEADER =
      List.of(
          "deal_id",
          "currency",
          "period",
          "payment_date",
          "record_date",
          "pool_balance",
          "pool_factor",
          "interest_collected",
          "principal_collected",
          "recoveries",
          "pool_losses",
          "cumulative_defaults",
          "current_balance",
          "current_count",
          "dpd30_balance",
          "dpd30_count",
          "dpd60_balance",
          "dpd60_count",
          "dpd90plus_balance",
          "dpd90plus_count",
          "fees_paid",
          "reserve_balance",
          "triggers_breached",
          "tranche",
          "tranche_class",
          "balance_before",
          "interest_due",
          "interest_paid",
          "interest_shortfall",
          "principal_paid",
          "tranche_losses",
          "balance_after");

  /**
   * The same figures for analysts: RFC 4180 CSV (UTF-8 text, CRLF), one row per tranche per period
   * of the history, the period's pool figures repeated on each of its tranche rows. Column names
   * are English and fixed ({@link #HEADER}) whatever the report's language; amounts are plain
   * decimals with the currency's minor digits (exact), ratios as given, dates ISO, an empty record
   * date when there is none; {@code triggers_breached} lists the period's breached triggers
   * separated by {@code ;}.
   */
  public static String write(PoolReport r) {
    StringBuilder out = new StringBuilder();
    String c = r.deal().currency();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      for (Period p : r.periods()) {
        List<String> breached = new ArrayList<>();
        p.triggers().stream()
            .filter(TriggerPeriod::breached)
            .forEach(t -> breached.add(t.trigger()));
        for (int i = 0; i < p.tranches().size(); i++) {
          TranchePeriod t = p.tranches().get(i);
          csv.printRecord(
              r.deal().id(),
              c,
              p.number(),
              p.paymentDate().toString(),
              p.recordDate() == null ? "" : p.recordDate().toString(),
              Money.plain(p.poolBalanceMinor(), c),
              p.poolFactor().toPlainString(),
              Money.plain(p.collections().interestMinor(), c),
              Money.plain(p.collections().principalMinor(), c),
              Money.plain(p.collections().recoveriesMinor(), c),
              Money.plain(p.lossesMinor(), c),
              Money.plain(p.cumulativeDefaultsMinor(), c),
              Money.plain(p.delinquency().current().balanceMinor(), c),
              p.delinquency().current().count(),
              Money.plain(p.delinquency().days30().balanceMinor(), c),
              p.delinquency().days30().count(),
              Money.plain(p.delinquency().days60().balanceMinor(), c),
              p.delinquency().days60().count(),
              Money.plain(p.delinquency().days90Plus().balanceMinor(), c),
              p.delinquency().days90Plus().count(),
              Money.plain(p.feesPaidMinor(), c),
              Money.plain(p.reserveBalanceMinor(), c),
              String.join(";", breached),
              t.tranche(),
              r.deal().tranches().get(i).trancheClass().name(),
              Money.plain(t.balanceBeforeMinor(), c),
              Money.plain(t.interestDueMinor(), c),
              Money.plain(t.interestPaidMinor(), c),
              Money.plain(t.interestShortfallMinor(), c),
              Money.plain(t.principalPaidMinor(), c),
              Money.plain(t.lossesMinor(), c),
              Money.plain(t.balanceAfterMinor(), c));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
