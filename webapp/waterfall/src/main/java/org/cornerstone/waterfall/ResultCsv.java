package org.cornerstone.waterfall;

import java.util.ArrayList;
import java.util.List;
import org.cornerstone.waterfall.PeriodResult.FeeResult;
import org.cornerstone.waterfall.PeriodResult.TrancheResult;
import org.cornerstone.waterfall.PeriodResult.TriggerResult;

/** One CSV row per period: collections, pool, reserve, then per fee, tranche and trigger. */
public final class ResultCsv {

  private ResultCsv() {}

  public static String write(Deal deal, List<PeriodResult> results) {
    List<String> header =
        new ArrayList<>(
            List.of(
                "period",
                "payment_date",
                "status",
                "interest_collected",
                "principal_collected",
                "recoveries",
                "losses",
                "pool_balance_start",
                "pool_balance_end",
                "pool_factor",
                "call_proceeds",
                "principal_payment",
                "junior_transfers_restricted",
                "reserve_draw",
                "reserve_deposit",
                "reserve_balance"));
    for (Fee fee : deal.fees()) {
      for (String column : List.of("due", "paid", "shortfall")) {
        header.add("fee_" + fee.name() + "_" + column);
      }
    }
    for (Tranche tranche : deal.tranches()) {
      for (String column :
          List.of(
              "interest_due",
              "interest_paid",
              "interest_shortfall",
              "write_down",
              "principal_paid",
              "balance")) {
        header.add(tranche.name() + "_" + column);
      }
    }
    for (Trigger trigger : deal.triggers()) {
      header.add("trigger_" + trigger.name() + "_value");
      header.add("trigger_" + trigger.name() + "_threshold");
      header.add("trigger_" + trigger.name() + "_breached");
    }
    header.add("residual_to_equity");
    StringBuilder csv = new StringBuilder();
    line(csv, header);
    int d = deal.minorDigits();
    for (PeriodResult r : results) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  String.valueOf(r.period()),
                  r.paymentDate().toString(),
                  r.statusAfter().name(),
                  Money.plain(r.collections().interest(), d),
                  Money.plain(r.collections().principal(), d),
                  Money.plain(r.collections().recoveries(), d),
                  Money.plain(r.collections().losses(), d),
                  Money.plain(r.poolBalanceStart(), d),
                  Money.plain(r.poolBalanceEnd(), d),
                  r.poolFactor().toPlainString(),
                  Money.plain(r.callProceeds(), d),
                  r.principalPayment().name(),
                  String.valueOf(r.juniorTransfersRestricted()),
                  Money.plain(r.reserve().draw(), d),
                  Money.plain(r.reserve().deposit(), d),
                  Money.plain(r.reserve().balanceEnd(), d)));
      for (FeeResult fee : r.fees()) {
        row.add(Money.plain(fee.due(), d));
        row.add(Money.plain(fee.paid(), d));
        row.add(Money.plain(fee.shortfall(), d));
      }
      for (TrancheResult t : r.tranches()) {
        row.add(Money.plain(t.interestDue(), d));
        row.add(Money.plain(t.interestPaid(), d));
        row.add(Money.plain(t.interestShortfall(), d));
        row.add(Money.plain(t.writeDown(), d));
        row.add(Money.plain(t.principalPaid(), d));
        row.add(Money.plain(t.balanceEnd(), d));
      }
      for (TriggerResult t : r.triggers()) {
        row.add(t.value() == null ? "" : t.value().toPlainString());
        row.add(t.threshold().toPlainString());
        row.add(String.valueOf(t.breached()));
      }
      row.add(Money.plain(r.residualToEquity(), d));
      line(csv, row);
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
        cell = "\"" + cell.replace("\"", "\"\"") + "\"";
      }
      csv.append(i == 0 ? "" : ",").append(cell);
    }
    csv.append('\n');
  }
}
