package org.cornerstone.workflows.copyright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cornerstone.workflows.copyright.RoyaltyHistoryCsv.*;

import java.time.YearMonth;
import java.util.List;
import org.cornerstone.workflows.copyright.RoyaltyHistoryCsv.MalformedRoyaltyHistoryException;
import org.cornerstone.workflows.copyright.RoyaltyHistoryCsv.Problem;
import org.junit.jupiter.api.Test;

class RoyaltyHistoryCsvTest {

  /** Header + 12 good months 2024-01..2024-12 (lines 2..13). */
  private static StringBuilder twelveMonths() {
    StringBuilder csv = new StringBuilder("month,amount\n");
    for (int month = 1; month <= 12; month++) {
      csv.append(String.format("2024-%02d,%d.50%n", month, 1000 + month));
    }
    return csv;
  }

  private static List<Problem> problems(String csv) {
    return catchThrowableOfType(
            MalformedRoyaltyHistoryException.class, () -> RoyaltyHistoryCsv.parse(csv))
        .problems();
  }

  @Test
  void parsesAWellFormedHistoryWithHeaderBlankLinesAndCrLf() {
    String csv = "\uFEFF" + twelveMonths().toString().replace("\n", "\r\n") + "\r\n\r\n";

    RoyaltyHistory history = RoyaltyHistoryCsv.parse(csv);

    assertThat(history.months()).isEqualTo(12);
    assertThat(history.firstMonth()).isEqualTo(YearMonth.of(2024, 1));
    assertThat(history.monthlyRoyalties().get(YearMonth.of(2024, 12))).isEqualTo("1012.50");
  }

  @Test
  void headerIsOptionalAndLinesMayComeInAnyOrder() {
    StringBuilder csv = new StringBuilder();
    for (int month = 12; month >= 1; month--) {
      csv.append("2023-").append(month < 10 ? "0" : "").append(month).append(", 0\n");
    }
    RoyaltyHistory history = RoyaltyHistoryCsv.parse(csv.toString());
    assertThat(history.monthlyRoyalties().values()).allMatch(a -> a.signum() == 0);
    assertThat(history.lastMonth()).isEqualTo(YearMonth.of(2023, 12));
  }

  @Test
  void everyMalformedLineIsReportedWithItsLineNumber() {
    String csv =
        twelveMonths()
            .append("2025-01,-5.00\n") // line 14
            .append("2025-13,10\n") // line 15
            .append("01/2025,10\n") // line 16
            .append("2025-02,1,000.00\n") // line 17
            .append("2025-03,12abc\n") // line 18
            .append("2024-06,7\n") // line 19, first on line 7
            .toString();

    List<Problem> problems = problems(csv);

    assertThat(problems)
        .containsExactly(
            new Problem(14, NEGATIVE_AMOUNT + "-5.00"),
            new Problem(15, BAD_MONTH + "'2025-13'"),
            new Problem(16, BAD_MONTH + "'01/2025'"),
            new Problem(17, WRONG_COLUMN_COUNT + 3),
            new Problem(18, BAD_AMOUNT + "'12abc'"),
            new Problem(19, DUPLICATE_MONTH + "2024-06 (first on line 7)"));
    assertThat(problems.get(0)).hasToString("line 14: " + NEGATIVE_AMOUNT + "-5.00");
  }

  @Test
  void quotedFieldsMayHoldCommasAndQuotes() {
    StringBuilder csv = new StringBuilder("\uFEFF\"month\",\"amount\"\r\n");
    for (int month = 1; month <= 12; month++) {
      csv.append(String.format("\"2024-%02d\",\"1,%03d.50\"\r\n", month, month));
    }
    RoyaltyHistory history = RoyaltyHistoryCsv.parse(csv.toString());
    assertThat(history.months()).isEqualTo(12);
    assertThat(history.monthlyRoyalties().get(YearMonth.of(2024, 12))).isEqualTo("1012.50");
    assertThat(history.monthlyRoyalties().get(YearMonth.of(2024, 1))).isEqualTo("1001.50");
  }

  @Test
  void quotedCommasCountAsOneColumnAndLinesKeepTheirNumbers() {
    String csv =
        twelveMonths()
            .append("2025-01,\"1,000.00\",\"a note, with a comma\"\r\n") // line 14: 3 columns
            .append("\r\n") // line 15: blank
            .append("2025-02,\"12,50\"\n") // line 16: grouping not in threes
            .append("2025-03,1e3\n") // line 17
            .toString();
    assertThat(problems(csv))
        .containsExactly(
            new Problem(14, WRONG_COLUMN_COUNT + 3),
            new Problem(16, BAD_AMOUNT + "'12,50'"),
            new Problem(17, BAD_AMOUNT + "'1e3'"));
  }

  @Test
  void anUnclosedQuoteIsReportedAtItsLine() {
    String csv = twelveMonths().append("2025-01,\"1000.00\n2025-02,5\n").toString();
    assertThat(problems(csv)).containsExactly(new Problem(14, UNCLOSED_QUOTE));
  }

  @Test
  void tooFewMonthsConcernsTheWholeFile() {
    List<Problem> problems = problems("month,amount\n2024-01,1\n2024-02,2\n");

    assertThat(problems).containsExactly(new Problem(0, TOO_FEW_MONTHS + 2));
    assertThat(problems.get(0).toString()).startsWith("file: ");
    assertThat(problems("")).containsExactly(new Problem(0, TOO_FEW_MONTHS + 0));
  }

  @Test
  void aGapIsReportedAtTheLineAfterIt() {
    String csv = twelveMonths().append("2025-04,3\n").toString(); // line 14, 2025-01..03 missing

    assertThat(problems(csv))
        .containsExactly(new Problem(14, MISSING_MONTH + "2025-01 to 2025-03 before 2025-04"));
  }

  @Test
  void theExceptionMessageListsEveryProblem() {
    MalformedRoyaltyHistoryException e =
        catchThrowableOfType(
            MalformedRoyaltyHistoryException.class,
            () -> RoyaltyHistoryCsv.parse("month,amount\nx,1\n2024-01,y\n"));

    assertThat(e.getMessage())
        .contains("line 2: " + BAD_MONTH + "'x'")
        .contains("line 3: " + BAD_AMOUNT + "'y'");
  }
}
