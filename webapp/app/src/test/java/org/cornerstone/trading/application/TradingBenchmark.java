package org.cornerstone.trading.application;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark command (not a test; prints figures, asserts nothing): pgbench TPC-B (8 clients) on the
 * same PostgreSQL as the reference, then durable order entry through {@link MarketService} (entry
 * transaction with its reservation, then the matching transaction under the instrument's advisory
 * lock) with 1, 8 and 32 clients, then trades settled per second by {@link TradeSettler} with 8
 * threads. Runs on {@link TradingHarness}: real PostgreSQL and the real trading and cash code, but
 * the ledger is the harness's table ledger (not the embedded ledger: see README).
 *
 * <p>Properties: {@code benchmark.seconds} (per measurement, default 10); database {@code
 * CORNERSTONE_TEST_DB_URL} (schema {@code trading_it} is recreated).
 */
public final class TradingBenchmark {
  private static final int[] CLIENTS = {1, 8, 32};

  private TradingBenchmark() {}

  public static void main(String[] args) throws Exception {
    int seconds = Integer.getInteger("benchmark.seconds", 10);
    TradingHarness.schema();
    double tps = pgbench(seconds);
    System.out.printf(Locale.ROOT, "pgbench TPC-B, 8 clients, %d s: %.0f tps%n", seconds, tps);
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, load average %.2f%n",
        Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (int clients : CLIENTS) {
      TradingHarness.reset();
      TradingHarness.Instance app = TradingHarness.instance();
      TradingHarness.cash(TradingHarness.JADE_PARTY, 1_000_000_000_00L);
      TradingHarness.tokens(TradingHarness.IVY, 1_000_000_000L);
      double perSecond = orderEntry(app, clients, seconds);
      System.out.printf(
          Locale.ROOT,
          "durable order entry, %2d clients, %d s: %.0f orders/s, ratio to pgbench %.2f"
              + " (engine rebuilds: %d)%n",
          clients,
          seconds,
          perSecond,
          perSecond / tps,
          app.matcher.rebuilds.get());
    }
    TradingHarness.reset();
    TradingHarness.Instance app = TradingHarness.instance();
    TradingHarness.cash(TradingHarness.JADE_PARTY, 1_000_000_000_00L);
    TradingHarness.tokens(TradingHarness.IVY, 1_000_000_000L);
    int trades = Math.max(20, seconds * 100);
    for (int i = 0; i < trades; i++) {
      app.market.submit(TradingHarness.IVAN, ticket("SELL", "10.00"));
      app.market.submit(TradingHarness.JADE, ticket("BUY", "10.00"));
    }
    List<Long> ids = new ArrayList<>(app.newTrades);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int from = t;
      futures.add(
          pool.submit(
              () -> {
                for (int i = from; i < ids.size(); i += 8) {
                  app.settler.settle(ids.get(i));
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long settled = TradingHarness.number("select count(*) from trade where settlement = 'SETTLED'");
    System.out.printf(
        Locale.ROOT,
        "settlement (table ledger stand-in, 8 threads): %d of %d trades settled in %.1f s: %.0f"
            + " trades/s, ratio to pgbench %.2f%n",
        settled,
        ids.size(),
        elapsed,
        settled / elapsed,
        settled / elapsed / tps);
  }

  static OrderTicket ticket(String side, String price) {
    return new OrderTicket(
        TradingHarness.INSTRUMENT, side, price, 1, "GTC", UUID.randomUUID().toString());
  }

  /** Each client alternates a buy at 9.xx and a sell at 10.xx: entry and matching, no trades. */
  private static double orderEntry(TradingHarness.Instance app, int clients, int seconds)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicLong count = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(
          pool.submit(
              () -> {
                long n = 0;
                while (System.nanoTime() < end) {
                  boolean buy = (n++ + client) % 2 == 0;
                  String price =
                      String.format(Locale.ROOT, buy ? "9.%02d" : "10.%02d", 50 + n % 40);
                  app.market.submit(
                      buy ? TradingHarness.JADE : TradingHarness.IVAN,
                      ticket(buy ? "BUY" : "SELL", price));
                  count.incrementAndGet();
                }
                return null;
              }));
    }
    long start = System.nanoTime();
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return count.get() / Math.max(seconds, (System.nanoTime() - start) / 1e9);
  }

  private static double pgbench(int seconds) throws Exception {
    URI uri = URI.create(TradingHarness.database.getUrl().substring("jdbc:".length()));
    String host = uri.getHost();
    String port = String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort());
    String user = TradingHarness.env("CORNERSTONE_TEST_DB_USER", "postgres");
    String database = "cornerstone_pgbench_trading";
    exec(
        List.of(
            "psql",
            "-h",
            host,
            "-p",
            port,
            "-U",
            user,
            "-d",
            "postgres",
            "-c",
            "drop database if exists " + database,
            "-c",
            "create database " + database));
    exec(List.of("pgbench", "-h", host, "-p", port, "-U", user, "-i", "-q", "-s", "8", database));
    String output =
        exec(
            List.of(
                "pgbench",
                "-h",
                host,
                "-p",
                port,
                "-U",
                user,
                "-c",
                "8",
                "-j",
                "2",
                "-T",
                String.valueOf(seconds),
                database));
    Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
    if (!tps.find()) {
      throw new IllegalStateException("No tps in pgbench output:\n" + output);
    }
    return Double.parseDouble(tps.group(1));
  }

  private static String exec(List<String> command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder
        .environment()
        .put("PGPASSWORD", TradingHarness.env("CORNERSTONE_TEST_DB_PASSWORD", "postgres"));
    Process process = builder.start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      reader.lines().forEach(line -> output.append(line).append('\n'));
    }
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
    return output.toString();
  }
}
