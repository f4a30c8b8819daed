package org.cornerstone.reports.statement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cornerstone.reports.returns.Xirr;
import org.cornerstone.reports.statement.InvestorStatement.CashLine;
import org.cornerstone.reports.statement.InvestorStatement.HoldingLine;
import org.cornerstone.reports.statement.InvestorStatement.IncomeLine;
import org.cornerstone.reports.statement.InvestorStatement.ReturnLine;
import org.cornerstone.reports.statement.InvestorStatement.SubscriptionLine;
import org.cornerstone.reports.statement.InvestorStatement.TradeLine;
import org.cornerstone.reports.statement.InvestorStatement.ValuationBasis;
import org.cornerstone.reports.statement.InvestorStatement.ValuePoint;

final class StatementFixtures {
  private StatementFixtures() {}

  static InvestorStatement statement(Locale language) {
    LocalDate from = LocalDate.of(2026, 11, 1);
    LocalDate to = LocalDate.of(2026, 11, 30);
    List<ValuePoint> series = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      long value = d.isBefore(LocalDate.of(2026, 11, 10)) ? 570_000_00L : 627_000_00L;
      series.add(new ValuePoint(d, "CNY", value + (d.getDayOfMonth() % 3) * 1_000_00L));
    }
    List<Xirr.Flow> flows =
        List.of(
            new Xirr.Flow(from, -570_000_00L),
            new Xirr.Flow(LocalDate.of(2026, 11, 10), -57_001_43L),
            new Xirr.Flow(LocalDate.of(2026, 11, 20), 12_345_67L),
            new Xirr.Flow(to, 627_000_00L));
    return new InvestorStatement(
        language,
        "Ivan Ivanov 伊万",
        "O=Ivy Capital Management, L=Hong Kong, C=HK",
        YearMonth.of(2026, 11),
        from,
        to,
        Instant.parse("2026-12-01T08:00:00Z"),
        List.of(
            new HoldingLine(
                "asset-1",
                "上海浦东写字楼 Tower A",
                10_000,
                11_000,
                "CNY",
                new BigDecimal("57.00"),
                ValuationBasis.LAST_TRADE,
                LocalDate.of(2026, 11, 28),
                570_000_00L,
                627_000_00L),
            new HoldingLine(
                "asset-2",
                "Song catalogue",
                333,
                333,
                "USD",
                new BigDecimal("12.3333"),
                ValuationBasis.APPRAISAL,
                null,
                4_106_99L,
                4_106_99L)),
        List.of(
            new TradeLine(
                Instant.parse("2026-11-10T09:30:00Z"),
                7,
                "asset-1",
                "BUY",
                1_000,
                57_00,
                57_000_00L,
                1_43L,
                "CNY",
                "SETTLED"),
            new TradeLine(
                Instant.parse("2026-11-12T10:00:00Z"),
                9,
                "asset-1",
                "SELL",
                1,
                58_05,
                58_05L,
                0,
                "CNY",
                "SETTLED")),
        List.of(
            new SubscriptionLine(
                Instant.parse("2026-11-02T10:00:00Z"),
                3,
                "off-1",
                "asset-1",
                500,
                200L,
                11_400_00L,
                "CNY",
                "SETTLED")),
        List.of(
            new IncomeLine(
                LocalDate.of(2026, 11, 20),
                "dist-1",
                "asset-1",
                "上海浦东写字楼 Tower A",
                10_000,
                13_717_41L,
                1_371_74L,
                12_345_67L,
                "CNY",
                "PAID"),
            new IncomeLine(
                LocalDate.of(2026, 11, 25),
                "dist-2",
                "asset-1",
                "上海浦东写字楼 Tower A",
                10_000,
                33L,
                3L,
                30L,
                "CNY",
                "PAID")),
        List.of(
            new CashLine(
                Instant.parse("2026-11-01T09:00:00Z"),
                "DEPOSIT",
                100_000_00L,
                "CNY",
                "COMPLETED",
                "WIRE-1")),
        List.of(
            new ReturnLine(
                "CNY", 570_000_00L, 57_001_43L, 12_345_67L, 627_000_00L, flows, Xirr.of(flows)),
            new ReturnLine(
                "USD",
                4_106_99L,
                0,
                0,
                4_106_99L,
                List.of(new Xirr.Flow(from, -4_106_99L), new Xirr.Flow(to, 4_106_99L)),
                Xirr.of(List.of(new Xirr.Flow(from, -4_106_99L), new Xirr.Flow(to, 4_106_99L))))),
        series,
        List.of());
  }
}
