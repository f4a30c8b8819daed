package org.cornerstone.waterfall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: arguments in, exit code and output out. */
class WaterfallCliTest {

  @TempDir Path dir;
  private Path deal;
  private Path collections;
  private Path tape;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void copyExamples() throws IOException {
    deal = copy("sequential-deal.json");
    collections = copy("sequential-collections.json");
    tape = copy("sequential-tape.csv");
  }

  private Path copy(String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/examples/" + name)) {
      Files.copy(in, target);
    }
    return target;
  }

  private int run(String... args) {
    return WaterfallCli.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void collectionsToCsv() {
    assertThat(run(deal.toString(), collections.toString())).isZero();
    List<String> lines = out().lines().toList();
    assertThat(lines).hasSize(4);
    List<String> header = List.of(lines.get(0).split(","));
    List<String> first = List.of(lines.get(1).split(","));
    assertThat(first.get(header.indexOf("period"))).isEqualTo("1");
    assertThat(first.get(header.indexOf("payment_date"))).isEqualTo("2027-02-15");
    // As in the textbook test: A 8,000,000 − 500,000; reserve 10,000 deposited.
    assertThat(first.get(header.indexOf("A_balance"))).isEqualTo("7500000.00");
    assertThat(first.get(header.indexOf("A_interest_paid"))).isEqualTo("40000.00");
    assertThat(first.get(header.indexOf("reserve_deposit"))).isEqualTo("10000.00");
    assertThat(first.get(header.indexOf("fee_servicer_paid"))).isEqualTo("10000.00");
    // Period 3 wrote 300,000 of losses off E.
    List<String> third = List.of(lines.get(3).split(","));
    assertThat(third.get(header.indexOf("E_write_down"))).isEqualTo("300000.00");
    assertThat(third.get(header.indexOf("E_balance"))).isEqualTo("500000.00");
    assertThat(err()).isEmpty();
  }

  @Test
  void jsonToAFile() throws IOException {
    Path target = dir.resolve("out.json");
    assertThat(
            run(
                deal.toString(),
                collections.toString(),
                "--format",
                "json",
                "--out",
                target.toString()))
        .isZero();
    assertThat(out()).isEqualTo("3 periods written to " + target + "\n");
    String json = Files.readString(target);
    assertThat(json)
        .contains("\"dealId\" : \"SEQ-2027-1\"")
        .contains("\"pay A interest 40,000.00 (due 40,000.00)\"")
        .contains("\"balanceEnd\" : \"7500000.00\"");
  }

  @Test
  void tapeProjectedUntilTheCleanUpCall() {
    assertThat(
            run(
                deal.toString(),
                tape.toString(),
                "--cpr",
                "0.06",
                "--cdr",
                "0.02",
                "--periods",
                "360"))
        .isZero();
    List<String> lines = out().lines().toList();
    List<String> header = List.of(lines.get(0).split(","));
    List<String> last = List.of(lines.get(lines.size() - 1).split(","));
    // The pool runs down until its factor reaches 0.10: the call ends the deal, all paid off.
    assertThat(last.get(header.indexOf("status"))).isEqualTo("CALLED");
    assertThat(last.get(header.indexOf("A_balance"))).isEqualTo("0.00");
    assertThat(lines.size()).isBetween(30, 360);
    List<String> first = List.of(lines.get(1).split(","));
    // Month 1 interest with a 2% CDR: a little under 4,000,000 × 0.08/12 + 3,000,000 × 0.085/12 +
    // 2,500,000 × 0.075/12 + 500,000 × 0.09/12 = 26,666.67 + 21,250 + 15,625 + 3,750 = 67,291.67
    // (the defaults, MDR ≈ 0.17%, take about 113 of it).
    assertThat(new java.math.BigDecimal(first.get(header.indexOf("interest_collected"))))
        .isBetween(new java.math.BigDecimal("67150.00"), new java.math.BigDecimal("67291.66"));
  }

  @Test
  void badArgumentsExitWithTwoAndTheUsage() {
    assertThat(run()).isEqualTo(2);
    assertThat(err())
        .contains("error: expected a deal file and a collections file or loan tape, got 0 file")
        .contains(WaterfallCli.USAGE);
    assertThat(run(deal.toString(), collections.toString(), "--format", "xml")).isEqualTo(2);
    assertThat(err()).contains("error: --format must be csv or json, got xml");
    assertThat(run(deal.toString(), collections.toString(), "--cpr", "0.06")).isEqualTo(2);
    assertThat(err())
        .contains(
            "--cpr, --cdr and --periods apply to a loan tape (.csv), not to a collections file");
    assertThat(run(deal.toString(), tape.toString(), "--cdr", "1.5")).isEqualTo(2);
    assertThat(err())
        .contains("--cdr must be an annual rate from 0 up to (not including) 1, got 1.5");
    assertThat(run(deal.toString(), tape.toString(), "--periods", "0")).isEqualTo(2);
    assertThat(run(deal.toString(), tape.toString(), "--verbose", "yes")).isEqualTo(2);
    assertThat(err()).contains("error: unknown option --verbose");
    assertThat(run(deal.toString(), tape.toString(), "--out")).isEqualTo(2);
    assertThat(err()).contains("error: --out needs a value");
    assertThat(run("--help")).isZero();
    assertThat(out()).contains(WaterfallCli.USAGE);
  }

  @Test
  void badInputFilesExitWithOneNamingTheFileAndPlace() throws IOException {
    Files.writeString(
        deal,
        Files.readString(deal).replace("\"balance\": \"1200000.00\"", "\"balance\": \"12.345\""));
    assertThat(run(deal.toString(), collections.toString())).isEqualTo(1);
    assertThat(err())
        .isEqualTo(
            "error: "
                + deal
                + ": tranches[1].balance: must be a decimal amount with at most 2 decimals, got"
                + " \"12.345\"\n");
  }

  @Test
  void aMissingFileOrAMismatchedTapeExitsWithOne() throws IOException {
    assertThat(run(dir.resolve("nope.json").toString(), collections.toString())).isEqualTo(1);
    assertThat(err()).contains("error: no such file: " + dir.resolve("nope.json"));
    Files.writeString(tape, Files.readString(tape).replace("500000.00,0.09", "400000.00,0.09"));
    assertThat(run(deal.toString(), tape.toString())).isEqualTo(1);
    assertThat(err())
        .contains(
            tape
                + ": the performing and delinquent loans add up to 9900000.00, the deal's"
                + " pool.originalBalance is 10000000.00");
    Files.writeString(collections, "[{\"period\": 1}]");
    assertThat(run(deal.toString(), collections.toString())).isEqualTo(1);
    assertThat(err()).contains(collections + ": [0].interest: is required");
  }
}
