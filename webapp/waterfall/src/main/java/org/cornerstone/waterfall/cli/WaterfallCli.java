package org.cornerstone.waterfall.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.cornerstone.waterfall.Deal;
import org.cornerstone.waterfall.DealFileReader;
import org.cornerstone.waterfall.PeriodCollections;
import org.cornerstone.waterfall.PeriodResult;
import org.cornerstone.waterfall.ResultCsv;
import org.cornerstone.waterfall.ResultJson;
import org.cornerstone.waterfall.Waterfall;
import org.cornerstone.waterfall.tape.Projection;
import org.cornerstone.waterfall.tape.Projection.Assumptions;

/**
 * Runs a deal's waterfall from the command line:
 *
 * <pre>
 * WaterfallCli deal.json collections.json|tape.csv [--cpr 0.06 --cdr 0.02 --periods 360]
 *              [--format csv|json] [--out file]
 * </pre>
 *
 * A {@code .csv} second argument is a loan tape, projected with the CPR/CDR assumptions (default 0)
 * for at most {@code --periods} payment periods (default 360); anything else is a JSON array of
 * period collections. Output: CSV (default, one row per period) or JSON (with the step log), to
 * standard output or {@code --out}. Exit codes: 0 done, 1 an input file refused (the message names
 * the file and the place), 2 bad arguments (with the usage).
 */
public final class WaterfallCli {

  static final String USAGE =
      "usage: WaterfallCli deal.json collections.json|tape.csv [--cpr 0.06 --cdr 0.02"
          + " --periods 360] [--format csv|json] [--out file]";

  private WaterfallCli() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs with the given arguments and streams; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (arguments == null) {
      out.println(USAGE);
      return 0;
    }
    try {
      Deal deal;
      try (Reader reader = Files.newBufferedReader(arguments.deal, StandardCharsets.UTF_8)) {
        deal = DealFileReader.read(reader);
      } catch (IllegalArgumentException e) {
        throw new InputException(arguments.deal + ": " + e.getMessage());
      }
      List<PeriodCollections> collections = collections(arguments, deal);
      List<PeriodResult> results = Waterfall.run(deal, collections);
      String text =
          arguments.json ? ResultJson.write(deal, results) + "\n" : ResultCsv.write(deal, results);
      if (arguments.out == null) {
        out.print(text);
      } else {
        Files.writeString(arguments.out, text, StandardCharsets.UTF_8);
        out.println(results.size() + " periods written to " + arguments.out);
      }
      return 0;
    } catch (InputException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (NoSuchFileException e) {
      err.println("error: no such file: " + e.getFile());
      return 1;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("error: " + e);
      return 1;
    }
  }

  private static List<PeriodCollections> collections(Arguments arguments, Deal deal)
      throws IOException {
    Path input = arguments.input;
    try (Reader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      if (!arguments.tape) {
        return DealFileReader.readCollectionsList(reader, deal);
      }
      return Projection.forDeal(
          deal, reader, new Assumptions(arguments.cpr, arguments.cdr), arguments.periods);
    } catch (InputException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InputException(input + ": " + e.getMessage());
    }
  }

  private static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }

  private static final class Arguments {
    Path deal;
    Path input;
    boolean tape;
    BigDecimal cpr = BigDecimal.ZERO;
    BigDecimal cdr = BigDecimal.ZERO;
    int periods = 360;
    boolean json;
    Path out;

    /** The parsed arguments, or null for --help. */
    static Arguments parse(String[] args) {
      Arguments parsed = new Arguments();
      List<String> positional = new java.util.ArrayList<>();
      boolean projection = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--help") || arg.equals("-h")) {
          return null;
        }
        if (!arg.startsWith("--")) {
          positional.add(arg);
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        String value = args[++i];
        switch (arg) {
          case "--cpr" -> {
            parsed.cpr = rate(arg, value);
            projection = true;
          }
          case "--cdr" -> {
            parsed.cdr = rate(arg, value);
            projection = true;
          }
          case "--periods" -> {
            try {
              parsed.periods = Integer.parseInt(value);
            } catch (NumberFormatException e) {
              parsed.periods = -1;
            }
            if (parsed.periods < 1 || parsed.periods > 1200) {
              throw new IllegalArgumentException(
                  "--periods must be a whole number from 1 to 1200, got " + value);
            }
            projection = true;
          }
          case "--format" -> {
            if (!value.equals("csv") && !value.equals("json")) {
              throw new IllegalArgumentException("--format must be csv or json, got " + value);
            }
            parsed.json = value.equals("json");
          }
          case "--out" -> parsed.out = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      if (positional.size() != 2) {
        throw new IllegalArgumentException(
            "expected a deal file and a collections file or loan tape, got "
                + positional.size()
                + " file arguments");
      }
      parsed.deal = Path.of(positional.get(0));
      parsed.input = Path.of(positional.get(1));
      parsed.tape = positional.get(1).toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
      if (projection && !parsed.tape) {
        throw new IllegalArgumentException(
            "--cpr, --cdr and --periods apply to a loan tape (.csv), not to a collections file");
      }
      return parsed;
    }

    private static BigDecimal rate(String option, String value) {
      return Projection.Assumptions.rate(value)
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      option
                          + " must be an annual rate from 0 up to (not including) 1, got "
                          + value));
    }
  }
}
