package org.cornerstone.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.trading.application.TradingHarness.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.cornerstone.trading.application.MarketCrashChild.Stage;
import org.cornerstone.trading.application.TradingHarness.Instance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The crash test of issue 12 with a real kill: a second JVM ({@link MarketCrashChild}) enters
 * orders on the harness database, its match stores two trades, and it is killed with SIGKILL in the
 * middle of settlement: before the ledger call (the attempt holds the trade row), or after the
 * ledger's DvP committed but before the trade is marked settled. A fresh instance in this JVM then
 * rebuilds the book from the database and runs the settlement sweep: every trade is settled exactly
 * once on the ledger, cash and tokens move to the cent, the trades' reservations are consumed, the
 * resting orders' reservations stay, and the rebuilt book is the one the killed process had in
 * memory.
 */
class MarketCrashIT {
  /** How long the child may take to start and reach its halt (a loaded machine). */
  static final long CHILD_SECONDS = 60;

  /** SIGKILL: a JVM killed by signal n exits with 128 + n. */
  static final int KILLED = 128 + 9;

  @BeforeAll
  static void start() throws Exception {
    schema();
  }

  @BeforeEach
  void fresh() throws Exception {
    reset();
    tokens(IVY, 100);
    cash(JADE_PARTY, 1000_00);
  }

  @Test
  void killedRightBeforeTheLedgerCallEveryTradeSettlesOnceAfterTheRestart() throws Exception {
    Killed killed = runAndKill(Stage.BEFORE_LEDGER);
    // the kill hit the first attempt before the ledger: nothing moved, the attempt rolled back
    assertThat(number("select count(*) from it_ledger_tx")).isZero();
    assertThat(settlementOf(killed.trades)).containsOnly("PENDING");
    assertThat(number("select max(attempts) from trade")).isZero();
    assertThat(cashOnLedger(JADE_PARTY)).isEqualTo(1000_00);
    assertThat(tokensOnLedger(IVY)).isEqualTo(100);

    restartAndSettle(killed);
  }

  @Test
  void killedAfterTheLedgerCommittedBeforeTheTradeWasMarkedItIsNotPaidTwice() throws Exception {
    Killed killed = runAndKill(Stage.AFTER_LEDGER);
    // the first trade settled; the second one's DvP committed on the ledger, the trade did not
    assertThat(number("select count(*) from it_ledger_tx")).isEqualTo(2);
    assertThat(killed.haltedOn).isEqualTo("trade-" + killed.trades.get(1));
    assertThat(settlementOf(killed.trades)).containsExactly("SETTLED", "PENDING");
    assertThat(activeCashReservation("trade-" + killed.trades.get(1) + ".cash")).isEqualTo(2020);
    assertThat(cashOnLedger(JADE_PARTY)).isEqualTo(1000_00 - 100_00 - 20_20);

    restartAndSettle(killed);
  }

  /** What the killed process left: its trades, its book, the DvP it halted on. */
  record Killed(List<Long> trades, String book, String haltedOn) {}

  /** Starts the child, waits for it to halt at the stage, kills it with SIGKILL. */
  static Killed runAndKill(Stage stage) throws Exception {
    Path err = Files.createTempFile("market-crash-" + stage, ".log");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                MarketCrashChild.class.getName(),
                stage.name())
            .redirectError(err.toFile())
            .start();
    Map<String, String> said = new ConcurrentHashMap<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  for (String prefix :
                      List.of(
                          MarketCrashChild.BOOK, MarketCrashChild.TRADES, MarketCrashChild.READY)) {
                    if (line.startsWith(prefix)) {
                      said.put(prefix, line.substring(prefix.length()));
                    }
                  }
                }
              } catch (java.io.IOException e) {
                // the process is gone
              }
            });
    reader.setDaemon(true);
    reader.start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHILD_SECONDS);
      while (said.size() < 3 && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(said.keySet())
          .as("the child's protocol lines; its standard error:\n" + tail(err))
          .hasSize(3);
      assertThat(said.get(MarketCrashChild.READY)).startsWith(stage.name() + " ");
    } finally {
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally, no rollback sent
    }
    assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(child.isAlive()).isFalse();
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(KILLED);
    // the database saw the process die: its sessions end, its open transaction is rolled back
    long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (childSessions() > 0 && System.nanoTime() < gone) {
      Thread.sleep(20);
    }
    assertThat(childSessions()).isZero();
    Files.deleteIfExists(err);
    List<Long> trades =
        Arrays.stream(said.get(MarketCrashChild.TRADES).split(",")).map(Long::valueOf).toList();
    assertThat(trades).hasSize(2);
    assertThat(number("select count(*) from trade")).isEqualTo(2);
    return new Killed(
        trades,
        said.get(MarketCrashChild.BOOK),
        said.get(MarketCrashChild.READY).substring(stage.name().length() + 1));
  }

  /** A fresh instance after the crash: rebuild, settle, and every figure exact. */
  static void restartAndSettle(Killed killed) {
    Instance restarted = instance();
    new Tx()
        .inNew(
            () -> {
              restarted.matcher.matchPending(INSTRUMENT);
              return null;
            });
    assertThat(restarted.matcher.rebuilds.get()).isEqualTo(1);
    // the same resting orders, quantities and priority as the killed process had in memory
    assertThat(restarted.matcher.restingInEngine(INSTRUMENT).toString()).isEqualTo(killed.book);
    assertThat(restarted.matcher.restingInEngine(INSTRUMENT)).hasSize(6);

    restarted.settler.settleDue();
    restarted.settler.settleDue(); // a second sweep finds nothing to do

    List<TradeView> trades = restarted.market.trades(TOM, INSTRUMENT);
    assertThat(trades).hasSize(2);
    for (TradeView t : trades) {
      assertThat(t.settlement()).as(t.toString()).isEqualTo("SETTLED");
      assertThat(t.ledgerTransactionId()).isEqualTo("TX-trade-" + t.tradeId());
    }
    assertThat(trades.stream().map(t -> t.price() + "x" + t.quantity()))
        .containsExactlyInAnyOrder("10.00x10", "10.10x2");
    // exactly one DvP per trade on the ledger, under the trade's request key
    assertThat(number("select count(*) from it_ledger_tx")).isEqualTo(2);
    for (long id : killed.trades) {
      assertThat(number("select count(*) from it_ledger_tx where request_key = ?", "trade-" + id))
          .isEqualTo(1);
    }
    // marked settled once: one SETTLED event on each of the trade's two orders
    assertThat(number("select count(*) from trade_order_event where kind = 'SETTLED'"))
        .isEqualTo(4);
    // to the cent: jade paid 10 × 10.00 + 2 × 10.10 = 120.20 for 12 tokens, ivan got it
    assertThat(cashOnLedger(JADE_PARTY)).isEqualTo(1000_00 - 120_20);
    assertThat(cashOnLedger(IVY)).isEqualTo(120_20);
    assertThat(tokensOnLedger(JADE_PARTY)).isEqualTo(12);
    assertThat(tokensOnLedger(IVY)).isEqualTo(100 - 12);
    // the trades' reservations consumed, the resting orders' ones stay: 4 × 9.80 + 1 × 9.80 + 6 ×
    // 9.70 = 107.20 of jade's cash, 8 + 2 + 3 of ivan's tokens
    for (long id : killed.trades) {
      assertThat(statusOf("cash_reservation", "trade-" + id + ".cash")).isEqualTo("CONSUMED");
      assertThat(statusOf("token_reservation", "trade-" + id + ".tokens")).isEqualTo("CONSUMED");
    }
    assertThat(
            number(
                "select coalesce(sum(amount_minor), 0) from cash_reservation where status = 'ACTIVE'"))
        .isEqualTo(107_20);
    assertThat(
            number(
                "select coalesce(sum(quantity), 0) from token_reservation where status = 'ACTIVE'"))
        .isEqualTo(13);
    assertThat(restarted.market.reconcile(TOM).differences()).isEmpty();
    // and the rebuilt book matches on: the 3 left at 10.10 go first, then the 10.50s in priority
    OrderView sweep = restarted.market.submit(JADE, MarketCrashChild.order("BUY", "10.50", 5));
    assertThat(sweep.filledQuantity()).isEqualTo(5);
    assertThat(
            restarted.market.trades(TOM, INSTRUMENT).stream()
                .filter(t -> !killed.trades.contains(t.tradeId()))
                .map(t -> t.price() + "x" + t.quantity()))
        .containsExactlyInAnyOrder("10.10x3", "10.50x2");
  }

  static List<String> settlementOf(List<Long> tradeIds) {
    return tradeIds.stream()
        .map(
            id ->
                switch ((int)
                    number(
                        "select case settlement when 'PENDING' then 0 when 'SETTLED' then 1 else 2"
                            + " end from trade where id = ?",
                        id)) {
                  case 0 -> "PENDING";
                  case 1 -> "SETTLED";
                  default -> "OTHER";
                })
        .toList();
  }

  static long activeCashReservation(String key) {
    return number(
        "select coalesce(sum(amount_minor), 0) from cash_reservation where reservation_key = ?"
            + " and status = 'ACTIVE'",
        key);
  }

  static String statusOf(String table, String key) {
    long code =
        number(
            "select case status when 'ACTIVE' then 0 when 'CONSUMED' then 1 else 2 end from "
                + table
                + " where reservation_key = ?",
            key);
    return code == 0 ? "ACTIVE" : code == 1 ? "CONSUMED" : "RELEASED";
  }

  static long childSessions() {
    return number(
        "select count(*) from pg_stat_activity where application_name = ?"
            + " and datname = current_database()",
        MarketCrashChild.APPLICATION_NAME);
  }

  static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (java.io.IOException e) {
      return "(no standard error: " + e.getMessage() + ")";
    }
  }
}
