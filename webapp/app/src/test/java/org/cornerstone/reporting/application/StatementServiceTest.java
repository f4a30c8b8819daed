package org.cornerstone.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cornerstone.cash.application.CashRequestView;
import org.cornerstone.reporting.application.StatementSources.InstrumentFacts;
import org.cornerstone.reporting.application.StatementSources.PriceMark;
import org.cornerstone.reporting.application.StatementSources.QuantityChange;
import org.cornerstone.reports.returns.Xirr;
import org.cornerstone.reports.statement.InvestorStatement;
import org.cornerstone.reports.statement.InvestorStatement.ValuationBasis;
import org.cornerstone.servicing.application.IncomePayment;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Statement assembly from fake sources. ivan's organisation held 1,000 tokens of {@code A1} before
 * November 2026 (offering price 57.00, no trades before); on 10 Nov he buys 100 at 58.00 (fee
 * 0.29), on 20 Nov he sells 50 at 60.00, and on 25 Nov a distribution pays him 123.45 gross, 12.35
 * tax, 111.10 net.
 */
class StatementServiceTest {
  static final String IVY = "O=Ivy Capital Management, L=Hong Kong, C=HK";
  static final Actor IVAN = new Actor("ivan", "Ivan", "ivy", Set.of(Role.INVESTOR));
  static final Actor TOM = new Actor("tom", "Tom", "trust", Set.of(Role.TRUSTEE));
  static final Clock DECEMBER = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

  FakeSources sources = new FakeSources();
  StatementService service = new StatementService(sources, DECEMBER);

  @BeforeEach
  void ivanHoldsA1() {
    sources.holders.put("ivan", IVY);
    sources.positions.add(new StatementSources.Position("A1", 1_050));
    sources.history.put(
        "A1",
        List.of( // newest first, as the ledger answers
            new QuantityChange("tx-trade-2", Instant.parse("2026-11-20T11:00:00Z"), -50),
            new QuantityChange("tx-trade-1", Instant.parse("2026-11-10T09:30:00Z"), 100),
            new QuantityChange("tx-alloc", Instant.parse("2026-10-15T12:00:00Z"), 1_000)));
    sources.facts.put(
        "A1",
        new InstrumentFacts(
            "A1",
            "浦东写字楼",
            "CNY",
            Optional.of(new BigDecimal("57.00")),
            Optional.of(new BigDecimal("55.5000"))));
    sources.prices.put(
        "A1",
        List.of(
            new PriceMark(Instant.parse("2026-11-20T11:00:00Z"), new BigDecimal("60.00")),
            new PriceMark(Instant.parse("2026-11-10T09:00:00Z"), new BigDecimal("58.00"))));
    sources.trades.add(
        FakeSources.trade(
            1, "A1", "ivan", "jade", "2026-11-10T09:30:00Z", 100, 58_00, 29, "SETTLED"));
    sources.trades.add(
        FakeSources.trade(
            2, "A1", "jade", "ivan", "2026-11-20T11:00:00Z", 50, 60_00, 30, "SETTLED"));
    sources.trades.add( // October: not in November's statement
        FakeSources.trade(0, "A1", "ivan", "jade", "2026-10-20T11:00:00Z", 1, 56_00, 1, "REFUSED"));
    sources.income.payments.add(
        new IncomePayment(
            "D1",
            "A1",
            "浦东写字楼",
            LocalDate.of(2026, 11, 5),
            LocalDate.of(2026, 11, 25),
            IVY,
            1_100,
            "CNY",
            123_45,
            12_35,
            111_10,
            "PAID",
            Optional.of("tx-pay")));
    sources.income.payments.add( // paid to someone else
        new IncomePayment(
            "D1",
            "A1",
            "浦东写字楼",
            LocalDate.of(2026, 11, 5),
            LocalDate.of(2026, 11, 25),
            "O=Jade",
            10,
            "CNY",
            1_12,
            11,
            1_01,
            "PAID",
            Optional.of("tx-pay")));
    sources.cash.add(
        new CashRequestView(
            "C1",
            "DEPOSIT",
            "COMPLETED",
            "CNY",
            10_000_00,
            "10,000.00",
            "WIRE-9",
            "ivan",
            IVY,
            null,
            "bella",
            "tx-c",
            Instant.parse("2026-11-02T08:00:00Z"),
            null,
            null));
  }

  @Test
  void aDistributionPaidOnAServicingDayAheadOfUtcIsOnThisMonthsStatement() {
    // 3 Dec 10:00 UTC; the servicing zone is already on 4 Dec after 16:00 UTC
    sources.income.payments.add(income("D2", LocalDate.of(2026, 12, 4), "PAID"));
    sources.income.payments.add(income("D3", LocalDate.of(2026, 12, 20), "PENDING"));
    sources.income.payments.add(income("D4", LocalDate.of(2026, 12, 2), "HELD"));
    InvestorStatement s = service.statement(IVAN, YearMonth.of(2026, 12), Locale.ENGLISH);
    assertThat(s.income())
        .extracting(InvestorStatement.IncomeLine::distributionId)
        .containsExactly("D4", "D2");
  }

  private static IncomePayment income(String id, LocalDate paymentDate, String state) {
    return new IncomePayment(
        id,
        "A1",
        "浦东写字楼",
        paymentDate,
        paymentDate,
        IVY,
        1_050,
        "CNY",
        50_00,
        5_00,
        45_00,
        state,
        "PAID".equals(state) ? Optional.of("tx-" + id) : Optional.empty());
  }

  @Test
  void holdingsAreValuedByTheLastTradeElseTheOfferingPrice() {
    InvestorStatement s = service.statement(IVAN, YearMonth.of(2026, 11), Locale.ENGLISH);
    assertThat(s.from()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(s.to()).isEqualTo(LocalDate.of(2026, 11, 30));
    var a1 = s.holdings().get(0);
    assertThat(a1.openingQuantity()).isEqualTo(1_000);
    assertThat(a1.closingQuantity()).isEqualTo(1_050);
    assertThat(a1.openingValueMinor()).isEqualTo(57_000_00); // offering price: no trade before
    assertThat(a1.basis()).isEqualTo(ValuationBasis.LAST_TRADE);
    assertThat(a1.priceDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(a1.closingValueMinor()).isEqualTo(63_000_00); // 1,050 × 60.00
    assertThat(a1.name()).isEqualTo("浦东写字楼");
  }

  @Test
  void theValueSeriesFollowsQuantityAndPriceDayByDay() {
    var series = service.statement(IVAN, YearMonth.of(2026, 11), Locale.ENGLISH).valueSeries();
    assertThat(series).hasSize(30);
    assertThat(series.get(8)).isEqualTo(point("2026-11-09", 57_000_00)); // 1,000 × 57.00
    assertThat(series.get(9)).isEqualTo(point("2026-11-10", 63_800_00)); // 1,100 × 58.00
    assertThat(series.get(19)).isEqualTo(point("2026-11-20", 63_000_00)); // 1,050 × 60.00
  }

  private static InvestorStatement.ValuePoint point(String day, long minor) {
    return new InvestorStatement.ValuePoint(LocalDate.parse(day), "CNY", minor);
  }

  @Test
  void tradesIncomeAndCashOfTheMonthOnly() {
    InvestorStatement s = service.statement(IVAN, YearMonth.of(2026, 11), Locale.ENGLISH);
    assertThat(s.trades())
        .extracting(t -> t.tradeId() + " " + t.side() + " " + t.feeMinor())
        .containsExactly("1 BUY 29", "2 SELL 0");
    assertThat(s.income())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.netMinor()).isEqualTo(111_10);
              assertThat(i.taxMinor()).isEqualTo(12_35);
            });
    assertThat(s.cash())
        .singleElement()
        .satisfies(c -> assertThat(c.reference()).isEqualTo("WIRE-9"));
  }

  @Test
  void theReturnIsTheXirrOfTheMonthsFlows() {
    var r = service.statement(IVAN, YearMonth.of(2026, 11), Locale.ENGLISH).returns().get(0);
    assertThat(r.currency()).isEqualTo("CNY");
    assertThat(r.openingValueMinor()).isEqualTo(57_000_00);
    assertThat(r.paidMinor()).isEqualTo(5_800_29); // 100 × 58.00 + 0.29 fee
    assertThat(r.receivedMinor()).isEqualTo(3_111_10); // 50 × 60.00 + 111.10 net income
    assertThat(r.closingValueMinor()).isEqualTo(63_000_00);
    List<Xirr.Flow> expected =
        List.of(
            new Xirr.Flow(LocalDate.of(2026, 11, 1), -57_000_00),
            new Xirr.Flow(LocalDate.of(2026, 11, 10), -5_800_29),
            new Xirr.Flow(LocalDate.of(2026, 11, 20), 3_000_00),
            new Xirr.Flow(LocalDate.of(2026, 11, 25), 111_10),
            new Xirr.Flow(LocalDate.of(2026, 11, 30), 63_000_00));
    assertThat(r.flows()).containsExactlyElementsOf(expected);
    assertThat(r.xirr().found()).isTrue();
    assertThat(r.xirr().rate()).isEqualTo(Xirr.of(expected).rate()).isPositive();
  }

  @Test
  void csvSumsToTheCent() throws Exception {
    sources.income.payments.add(
        new IncomePayment(
            "D2",
            "A1",
            "浦东写字楼",
            LocalDate.of(2026, 11, 5),
            LocalDate.of(2026, 11, 28),
            IVY,
            1_100,
            "CNY",
            33,
            3,
            30,
            "PAID",
            Optional.of("tx-pay-2")));
    String csv = service.csv(IVAN, YearMonth.of(2026, 11));
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    CSVRecord total =
        rows.stream()
            .filter(r -> r.get("section").equals("DISTRIBUTION_TOTAL"))
            .findFirst()
            .orElseThrow();
    assertThat(total.get("amount")).isEqualTo("123.78");
    assertThat(total.get("tax")).isEqualTo("12.38");
    assertThat(total.get("net")).isEqualTo("111.40");
    CSVRecord buys =
        rows.stream()
            .filter(
                r -> r.get("section").equals("TRADE_TOTAL") && r.get("description").equals("BUY"))
            .findFirst()
            .orElseThrow();
    assertThat(buys.get("amount")).isEqualTo("5800.00");
    assertThat(buys.get("fee")).isEqualTo("0.29");
    assertThat(
            rows.stream()
                .filter(r -> r.get("section").equals("HOLDING_TOTAL"))
                .findFirst()
                .orElseThrow()
                .get("amount"))
        .isEqualTo("63000.00");
  }

  @Test
  void appraisalWhenNothingTradedOrOfferedRoundedHalfUp() {
    sources.prices.clear();
    sources.facts.put(
        "A1",
        new InstrumentFacts(
            "A1", "浦东写字楼", "CNY", Optional.empty(), Optional.of(new BigDecimal("12.3333"))));
    var a1 = service.statement(IVAN, YearMonth.of(2026, 11), Locale.ENGLISH).holdings().get(0);
    assertThat(a1.basis()).isEqualTo(ValuationBasis.APPRAISAL);
    assertThat(a1.closingValueMinor()).isEqualTo(12_949_97); // 1,050 × 12.3333 = 12,949.965 → .97
  }

  @Test
  void aLedgerWithoutHistoryDerivesQuantitiesFromTradesAndSaysSo() {
    sources.ledgerKeepsHistory = false;
    InvestorStatement s = service.statement(IVAN, YearMonth.of(2026, 11), Locale.ENGLISH);
    assertThat(s.holdings().get(0).openingQuantity()).isEqualTo(1_000);
    assertThat(s.notes()).anyMatch(n -> n.contains("no holding history"));
    InvestorStatement zh =
        service.statement(IVAN, YearMonth.of(2026, 11), Locale.SIMPLIFIED_CHINESE);
    assertThat(zh.notes()).anyMatch(n -> n.contains("账本未提供持有历史"));
  }

  @Test
  void theCurrentMonthRunsToToday() {
    InvestorStatement s = service.statement(IVAN, YearMonth.of(2026, 12), Locale.ENGLISH);
    assertThat(s.to()).isEqualTo(LocalDate.of(2026, 12, 3));
    assertThat(s.valueSeries()).hasSize(3);
  }

  @Test
  void onlyInvestorsAndOnlyRealPastMonths() {
    assertThatThrownBy(() -> service.statement(TOM, YearMonth.of(2026, 11), Locale.ENGLISH))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(StatementService.ONLY_INVESTORS);
    assertThatThrownBy(() -> service.month("2027-01"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("The month 2027-01 has not started yet.");
    assertThatThrownBy(() -> service.month("2026-13"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("yyyy-MM");
    assertThatThrownBy(() -> service.month("november"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("\"november\"");
    assertThatThrownBy(() -> service.month("1999-12"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("2000");
    Actor iris = new Actor("iris", "Iris", "own", Set.of(Role.INVESTOR));
    assertThatThrownBy(() -> service.statement(iris, YearMonth.of(2026, 11), Locale.ENGLISH))
        .isInstanceOf(ValidationException.class)
        .hasMessage(StatementService.NO_LEDGER_IDENTITY);
  }

  @Test
  void thePdfRendersInTheReadersLanguage() throws Exception {
    byte[] pdf = service.pdf(IVAN, YearMonth.of(2026, 11), Locale.SIMPLIFIED_CHINESE);
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text).contains("投资者对账单 2026-11").contains("浦东写字楼").contains("111.10");
    }
  }
}
