package org.cornerstone.waterfall.tape;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A loan (or receivable) tape: CSV, UTF-8, with the header {@code
 * id,obligor,balance,rate,term,remaining_term,status}. Every bad line is refused with its line
 * number and column, e.g. {@code line 3, column balance: must be a decimal amount with at most 2
 * decimals, got "12.345"}; duplicate ids are refused.
 *
 * <p>balance: an amount with at most the currency's minor digits, 0…10,000,000,000 (major units);
 * rate: annual, 0…1, at most 6 decimals; term and remaining_term: months, 1…600, remaining ≤ term;
 * status: PERFORMING | DELINQUENT | DEFAULTED | PAID_OFF (a PAID_OFF loan has balance 0).
 */
public record LoanTape(List<Loan> loans) {

  /** The header, exactly. */
  public static final List<String> HEADER =
      List.of("id", "obligor", "balance", "rate", "term", "remaining_term", "status");

  /**
   * The largest loan balance accepted, in minor units (keeps the projection's arithmetic exact).
   */
  public static final long MAX_BALANCE_MINOR = 1_000_000_000_000L;

  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,4}");

  public LoanTape {
    loans = List.copyOf(loans);
  }

  /** Parses a tape whose amounts have 2 minor digits (CNY, USD, HKD). */
  public static LoanTape parse(Reader reader) {
    return parse(reader, 2);
  }

  /** Parses a tape whose amounts have {@code minorDigits} decimals at most. */
  public static LoanTape parse(Reader reader, int minorDigits) {
    CSVFormat format = CSVFormat.RFC4180.builder().setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      List<Loan> loans = new ArrayList<>();
      Map<String, Long> ids = new HashMap<>();
      boolean header = true;
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (header) {
          List<String> names = record.toList();
          if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
          }
          if (!names.equals(HEADER)) {
            throw new LoanTapeException(
                "line 1: the header must be "
                    + String.join(",", HEADER)
                    + ", got "
                    + String.join(",", names));
          }
          header = false;
          continue;
        }
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        if (record.size() != HEADER.size()) {
          throw new LoanTapeException(
              "line " + line + ": must have " + HEADER.size() + " columns, got " + record.size());
        }
        Loan loan = loan(record, line, minorDigits);
        Long first = ids.putIfAbsent(loan.id(), line);
        if (first != null) {
          throw new LoanTapeException(
              "line "
                  + line
                  + ", column id: duplicate id \""
                  + loan.id()
                  + "\" (first on line "
                  + first
                  + ")");
        }
        loans.add(loan);
      }
      if (header) {
        throw new LoanTapeException("line 1: the tape is empty, the header is missing");
      }
      return new LoanTape(loans);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      throw new LoanTapeException("the tape is not valid CSV: " + e.getCause().getMessage());
    }
  }

  private static Loan loan(CSVRecord record, long line, int digits) {
    String id = text(record, 0, line);
    String obligor = text(record, 1, line);
    String balanceText = record.get(2);
    String where = "line " + line + ", column balance: ";
    if (!DECIMAL.matcher(balanceText).matches()) {
      throw new LoanTapeException(
          where
              + "must be a decimal amount with at most "
              + digits
              + " decimals, got \""
              + balanceText
              + "\"");
    }
    BigDecimal balanceDecimal = new BigDecimal(balanceText);
    if (balanceDecimal.stripTrailingZeros().scale() > digits) {
      throw new LoanTapeException(
          where
              + "must be a decimal amount with at most "
              + digits
              + " decimals, got \""
              + balanceText
              + "\"");
    }
    BigDecimal minor = balanceDecimal.movePointRight(digits);
    if (minor.compareTo(BigDecimal.valueOf(MAX_BALANCE_MINOR)) > 0) {
      throw new LoanTapeException(
          where
              + "must be at most "
              + BigDecimal.valueOf(MAX_BALANCE_MINOR, digits).toPlainString()
              + ", got \""
              + balanceText
              + "\"");
    }
    long balance = minor.longValueExact();
    String rateText = record.get(3);
    if (!DECIMAL.matcher(rateText).matches()
        || new BigDecimal(rateText).stripTrailingZeros().scale() > 6
        || new BigDecimal(rateText).compareTo(BigDecimal.ONE) > 0) {
      throw new LoanTapeException(
          "line "
              + line
              + ", column rate: must be an annual rate from 0 to 1 with at most 6"
              + " decimals, got \""
              + rateText
              + "\"");
    }
    BigDecimal rate = new BigDecimal(rateText);
    int term = months(record, 4, "term", line);
    int remaining = months(record, 5, "remaining_term", line);
    if (remaining > term) {
      throw new LoanTapeException(
          "line "
              + line
              + ", column remaining_term: must not exceed term "
              + term
              + ", got "
              + remaining);
    }
    LoanStatus status;
    try {
      status = LoanStatus.valueOf(record.get(6));
    } catch (IllegalArgumentException e) {
      throw new LoanTapeException(
          "line "
              + line
              + ", column status: must be PERFORMING | DELINQUENT | DEFAULTED |"
              + " PAID_OFF, got \""
              + record.get(6)
              + "\"");
    }
    if (status == LoanStatus.PAID_OFF && balance != 0) {
      throw new LoanTapeException(
          "line "
              + line
              + ", column balance: a PAID_OFF loan has balance 0, got \""
              + balanceText
              + "\"");
    }
    return new Loan(id, obligor, balance, rate, term, remaining, status);
  }

  private static String text(CSVRecord record, int column, long line) {
    String value = record.get(column);
    if (value.isEmpty()) {
      throw new LoanTapeException(
          "line " + line + ", column " + HEADER.get(column) + ": must not be empty");
    }
    return value;
  }

  private static int months(CSVRecord record, int column, String name, long line) {
    String value = record.get(column);
    if (!WHOLE.matcher(value).matches()
        || Integer.parseInt(value) < 1
        || Integer.parseInt(value) > 600) {
      throw new LoanTapeException(
          "line "
              + line
              + ", column "
              + name
              + ": must be a whole number of months from 1 to"
              + " 600, got \""
              + value
              + "\"");
    }
    return Integer.parseInt(value);
  }

  /** Outstanding balance of the loans the projection amortizes (PERFORMING and DELINQUENT). */
  public long projectedBalance() {
    long sum = 0;
    for (Loan loan : loans) {
      if (loan.projected()) {
        sum += loan.balance();
      }
    }
    return sum;
  }
}
