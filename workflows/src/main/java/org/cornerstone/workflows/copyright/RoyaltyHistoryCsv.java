package org.cornerstone.workflows.copyright;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses a royalty history uploaded as CSV: one line per month, {@code YYYY-MM,amount} (amount a
 * plain non-negative decimal, no thousands separators), optionally preceded by the header {@value
 * #HEADER}. Blank lines are ignored. Months must be consecutive, at least {@value
 * RoyaltyHistory#MINIMUM_MONTHS} of them.
 *
 * <p>Every malformed line is reported with its (1-based) line number in one {@link
 * MalformedRoyaltyHistoryException}, so the originator can fix the whole file at once.
 */
public final class RoyaltyHistoryCsv {

  public static final String HEADER = "month,amount";

  public static final String WRONG_COLUMN_COUNT = "expected 2 columns 'month,amount' but found ";

  public static final String BAD_MONTH = "month must be a calendar month YYYY-MM but is ";

  public static final String BAD_AMOUNT =
      "amount must be a plain decimal number such as 1234.56 but is ";

  public static final String NEGATIVE_AMOUNT = "amount cannot be negative: ";

  public static final String DUPLICATE_MONTH = "duplicate month ";

  public static final String MISSING_MONTH =
      "months must be consecutive (enter 0 for a month without royalties); missing ";

  public static final String TOO_FEW_MONTHS =
      "a royalty history needs at least " + RoyaltyHistory.MINIMUM_MONTHS + " months but has ";

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");

  private RoyaltyHistoryCsv() {}

  /**
   * One problem.
   *
   * @param line 1-based line number, 0 if the problem concerns the whole file
   */
  public record Problem(int line, String message) {

    @Override
    public String toString() {
      return (line == 0 ? "file" : "line " + line) + ": " + message;
    }
  }

  /** The CSV cannot be used; {@link #problems()} lists every problem by line number. */
  public static final class MalformedRoyaltyHistoryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    MalformedRoyaltyHistoryException(List<Problem> problems) {
      super(
          "Malformed royalty history: "
              + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }
  }

  /**
   * Parses the CSV.
   *
   * @throws MalformedRoyaltyHistoryException listing every malformed line
   */
  public static RoyaltyHistory parse(String csv) {
    Objects.requireNonNull(csv, "csv");
    List<Problem> problems = new ArrayList<>();
    TreeMap<YearMonth, BigDecimal> months = new TreeMap<>();
    Map<YearMonth, Integer> lineOfMonth = new HashMap<>();
    String[] lines = csv.split("\\r?\\n|\\r", -1);
    boolean first = true;
    for (int index = 0; index < lines.length; index++) {
      int lineNumber = index + 1;
      String line = lines[index].strip();
      if (index == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty()) {
        continue;
      }
      if (first && line.replace(" ", "").equalsIgnoreCase(HEADER)) {
        first = false;
        continue;
      }
      first = false;
      String[] columns = line.split(",", -1);
      if (columns.length != 2) {
        problems.add(new Problem(lineNumber, WRONG_COLUMN_COUNT + columns.length));
        continue;
      }
      YearMonth month = parseMonth(columns[0].strip(), lineNumber, problems);
      BigDecimal amount = parseAmount(columns[1].strip(), lineNumber, problems);
      if (month == null) {
        continue;
      }
      Integer firstLine = lineOfMonth.putIfAbsent(month, lineNumber);
      if (firstLine != null) {
        problems.add(
            new Problem(
                lineNumber, DUPLICATE_MONTH + month + " (first on line " + firstLine + ")"));
        continue;
      }
      if (amount != null) {
        months.put(month, amount);
      }
    }
    if (problems.isEmpty()) {
      YearMonth expected = null;
      for (YearMonth month : months.keySet()) {
        if (expected != null && !expected.equals(month)) {
          problems.add(
              new Problem(
                  lineOfMonth.get(month),
                  MISSING_MONTH
                      + expected
                      + (expected.plusMonths(1).equals(month) ? "" : " to " + month.minusMonths(1))
                      + " before "
                      + month));
        }
        expected = month.plusMonths(1);
      }
    }
    if (problems.isEmpty() && months.size() < RoyaltyHistory.MINIMUM_MONTHS) {
      problems.add(new Problem(0, TOO_FEW_MONTHS + months.size()));
    }
    if (!problems.isEmpty()) {
      throw new MalformedRoyaltyHistoryException(problems);
    }
    return new RoyaltyHistory(months);
  }

  private static YearMonth parseMonth(String text, int line, List<Problem> problems) {
    if (MONTH.matcher(text).matches()) {
      try {
        return YearMonth.parse(text);
      } catch (DateTimeException e) {
        // reported below
      }
    }
    problems.add(new Problem(line, BAD_MONTH + "'" + text + "'"));
    return null;
  }

  private static BigDecimal parseAmount(String text, int line, List<Problem> problems) {
    if (!AMOUNT.matcher(text).matches()) {
      problems.add(new Problem(line, BAD_AMOUNT + "'" + text + "'"));
      return null;
    }
    BigDecimal amount = new BigDecimal(text);
    if (amount.signum() < 0) {
      problems.add(new Problem(line, NEGATIVE_AMOUNT + text));
      return null;
    }
    return amount;
  }
}
