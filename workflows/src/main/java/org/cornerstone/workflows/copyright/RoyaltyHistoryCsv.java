package org.cornerstone.workflows.copyright;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses a royalty history uploaded as CSV (RFC 4180, read with Apache Commons CSV: quoted fields,
 * a UTF-8 byte-order mark, CRLF or LF line ends): one record per month, {@code YYYY-MM,amount}
 * (amount a non-negative decimal; thousands separated by commas only inside a quoted field, {@code
 * "1,234.56"}), optionally preceded by the header {@value #HEADER}. Blank lines are ignored. Months
 * must be consecutive, at least {@value RoyaltyHistory#MINIMUM_MONTHS} of them.
 *
 * <p>Every malformed line is reported with its (1-based) line number in one {@link
 * MalformedRoyaltyHistoryException}, so the originator can fix the whole file at once.
 */
public final class RoyaltyHistoryCsv {

  public static final String HEADER = "month,amount";

  public static final String WRONG_COLUMN_COUNT = "expected 2 columns 'month,amount' but found ";

  public static final String BAD_MONTH = "month must be a calendar month YYYY-MM but is ";

  public static final String BAD_AMOUNT =
      "amount must be a decimal number such as 1234.56 (or \"1,234.56\" in quotes) but is ";

  public static final String NEGATIVE_AMOUNT = "amount cannot be negative: ";

  public static final String DUPLICATE_MONTH = "duplicate month ";

  public static final String MISSING_MONTH =
      "months must be consecutive (enter 0 for a month without royalties); missing ";

  public static final String TOO_FEW_MONTHS =
      "a royalty history needs at least " + RoyaltyHistory.MINIMUM_MONTHS + " months but has ";

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  public static final String UNCLOSED_QUOTE = "a quoted field is not closed";

  private static final Pattern AMOUNT = Pattern.compile("-?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(true)
          .setTrim(true)
          .get();

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
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    int[] lineStarts = lineStarts(text);
    boolean first = true;
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      for (CSVRecord record : parser) {
        int lineNumber = lineOf(lineStarts, firstContent(text, record.getCharacterPosition()));
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        if (first
            && record.size() == 2
            && (record.get(0) + "," + record.get(1)).equalsIgnoreCase(HEADER)) {
          first = false;
          continue;
        }
        first = false;
        if (record.size() != 2) {
          problems.add(new Problem(lineNumber, WRONG_COLUMN_COUNT + record.size()));
          continue;
        }
        YearMonth month = parseMonth(record.get(0), lineNumber, problems);
        BigDecimal amount = parseAmount(record.get(1), lineNumber, problems);
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
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // Commons CSV stops at a quote that is never closed; everything before it is reported too.
      problems.add(new Problem(unclosedQuoteLine(text), UNCLOSED_QUOTE));
      throw new MalformedRoyaltyHistoryException(problems);
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

  /** Offsets at which each line begins (CRLF, LF and CR all end a line). */
  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * A record's position counts the blank lines skipped before it; its line is the first with text.
   */
  private static long firstContent(String text, long position) {
    int at = (int) position;
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return Math.min(at, Math.max(0, text.length() - 1));
  }

  /** The 1-based line of a character offset. */
  private static int lineOf(int[] lineStarts, long position) {
    int index = java.util.Arrays.binarySearch(lineStarts, (int) position);
    return (index >= 0 ? index : -index - 2) + 1;
  }

  /** The line of the quote that opens the field that is never closed. */
  private static int unclosedQuoteLine(String text) {
    boolean quoted = false;
    int opened = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        if (!quoted) {
          opened = i;
        }
        quoted = !quoted;
      }
    }
    return lineOf(lineStarts(text), opened);
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
    BigDecimal amount = new BigDecimal(text.replace(",", ""));
    if (amount.signum() < 0) {
      problems.add(new Problem(line, NEGATIVE_AMOUNT + text));
      return null;
    }
    return amount;
  }
}
