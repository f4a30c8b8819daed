package org.cornerstone.reports.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class InvestorStatementCsvTest {
  private static List<CSVRecord> records(String csv) throws Exception {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }

  private static BigDecimal sum(List<CSVRecord> rows, String section, String column) {
    return rows.stream()
        .filter(r -> r.get("section").equals(section))
        .map(r -> new BigDecimal(r.get(column)))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static CSVRecord total(List<CSVRecord> rows, String section, String currency) {
    return rows.stream()
        .filter(r -> r.get("section").equals(section) && r.get("currency").equals(currency))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void totalsAreTheExactSumsOfTheLines() throws Exception {
    String csv = InvestorStatementCsv.render(StatementFixtures.statement(Locale.ENGLISH));
    List<CSVRecord> rows = records(csv);
    CSVRecord income = total(rows, "DISTRIBUTION_TOTAL", "CNY");
    assertThat(income.get("amount")).isEqualTo("13717.74");
    assertThat(income.get("tax")).isEqualTo("1371.77");
    assertThat(income.get("net")).isEqualTo("12345.97");
    assertThat(new BigDecimal(income.get("amount"))).isEqualTo(sum(rows, "DISTRIBUTION", "amount"));
    assertThat(new BigDecimal(income.get("tax"))).isEqualTo(sum(rows, "DISTRIBUTION", "tax"));
    assertThat(new BigDecimal(income.get("net"))).isEqualTo(sum(rows, "DISTRIBUTION", "net"));
    // gross − tax = net, line by line and in total
    assertThat(new BigDecimal(income.get("amount")).subtract(new BigDecimal(income.get("tax"))))
        .isEqualTo(new BigDecimal(income.get("net")));
    assertThat(total(rows, "HOLDING_TOTAL", "CNY").get("amount")).isEqualTo("627000.00");
    assertThat(total(rows, "HOLDING_TOTAL", "USD").get("amount")).isEqualTo("4106.99");
    assertThat(total(rows, "SUBSCRIPTION_TOTAL", "CNY").get("amount")).isEqualTo("11400.00");
    CSVRecord buys =
        rows.stream()
            .filter(
                r -> r.get("section").equals("TRADE_TOTAL") && r.get("description").equals("BUY"))
            .findFirst()
            .orElseThrow();
    assertThat(buys.get("amount")).isEqualTo("57000.00");
    assertThat(buys.get("fee")).isEqualTo("1.43");
  }

  @Test
  void rowsAndColumnsAreMachineReadable() throws Exception {
    String csv =
        InvestorStatementCsv.render(StatementFixtures.statement(Locale.SIMPLIFIED_CHINESE));
    assertThat(csv).startsWith(String.join(",", InvestorStatementCsv.HEADER) + "\r\n");
    List<CSVRecord> rows = records(csv);
    assertThat(rows)
        .allSatisfy(r -> assertThat(r.size()).isEqualTo(InvestorStatementCsv.HEADER.size()));
    assertThat(rows.stream().map(r -> r.get("section")).distinct())
        .contains("HOLDING", "TRADE", "SUBSCRIPTION", "DISTRIBUTION", "CASH", "RETURN");
    CSVRecord cny =
        rows.stream()
            .filter(r -> r.get("section").equals("RETURN") && r.get("currency").equals("CNY"))
            .findFirst()
            .orElseThrow();
    assertThat(cny.get("reference")).isEqualTo("RATE");
    assertThat(Double.parseDouble(cny.get("price"))).isBetween(0.28, 0.30);
    // names in Chinese survive as UTF-8 text, quoted only when needed
    assertThat(csv).contains("上海浦东写字楼 Tower A");
  }
}
