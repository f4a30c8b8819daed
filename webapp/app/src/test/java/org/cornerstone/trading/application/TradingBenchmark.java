package org.cornerstone.trading.application;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
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
import org.cornerstone.ledger.embedded.LedgerSchema;
import org.cornerstone.ledgergateway.AssetIssuance;
import org.cornerstone.ledgergateway.CashIssuance;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.TokenTransfer;
import org.cornerstone.ledgergateway.infrastructure.EmbeddedLedgerPorts;
import org.cornerstone.shared.Actor;

/**
 * Benchmark command (not a test; prints figures, asserts nothing): pgbench TPC-B (8 clients) on the
 * same PostgreSQL as the reference, then durable order entry through {@link MarketService} (entry
 * transaction with its reservation, then the matching transaction under the instrument's advisory
 * lock) with 1, 8 and 32 clients (and where the database sessions spent that time), then trades
 * settled per second by {@link TradeSettler} with 8 threads through the real embedded ledger, next
 * to the embedded ledger's own token transfers in the same run. Runs on {@link TradingHarness}:
 * real PostgreSQL and the real trading and cash code; order entry reads balances from the harness's
 * table ledger, settlement uses the embedded ledger.
 *
 * <p>Properties: {@code benchmark.seconds} (per measurement, default 10); {@code benchmark.warmup}
 * (seconds of each of the two warm-up runs before any measurement, default {@code
 * benchmark.seconds}); {@code benchmark.only} ({@code durable-<clients>}: that one measurement,
 * e.g. under a profiler); database {@code CORNERSTONE_TEST_DB_URL} (schema {@code trading_it} is
 * recreated).
 */
public final class TradingBenchmark {
  private static final int[] CLIENTS = {1, 8, 32};

  private TradingBenchmark() {}

  public static void main(String[] args) throws Exception {
    int seconds = Integer.getInteger("benchmark.seconds", 10);
    TradingHarness.schema();
    warmUp(Integer.getInteger("benchmark.warmup", seconds));
    String only = System.getProperty("benchmark.only", "");
    if (only.startsWith("durable-")) {
      // one measurement alone (for a profiler): -Dbenchmark.only=durable-8
      int clients = Integer.parseInt(only.substring("durable-".length()));
      entry(clients, true, true, 1, seconds, pgbench(seconds));
      return;
    }
    double tps = pgbench(seconds);
    System.out.printf(Locale.ROOT, "pgbench TPC-B, 8 clients, %d s: %.0f tps%n", seconds, tps);
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, load average %.2f%n",
        Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (int clients : CLIENTS) {
      entry(clients, true, false, 1, seconds, tps);
    }
    // the previous figure's set-up: every client's buys lock one investor's cash account
    entry(8, false, false, 1, seconds, tps);
    // answered once durable, matched after the answer (ADR 0012, REST Prefer: respond-async),
    // with one batch entered at a time and with two at once
    for (int writers = 1; writers <= 2; writers++) {
      for (int clients : CLIENTS) {
        entry(clients, true, true, writers, seconds, tps);
      }
    }
    settlement(seconds, tps);
  }

  private static final int SETTLEMENT_THREADS = 8;

  /**
   * Durable order entry with {@code clients} threads; {@code ownInvestors}: each client is its own
   * buyer and seller (as many investors trading), otherwise all buy as jade and sell as ivan (each
   * buy waits for the one cash account row lock of jade). Prints the statements and transactions
   * per order as the harness counted them. {@code durable}: {@link MarketService#submitDurable}
   * (answered once durable, matched on another thread); then also how long after the clients
   * stopped the last order was matched, and the orders/s counting that time.
   */
  private static void entry(
      int clients, boolean ownInvestors, boolean durable, int writers, int seconds, double tps)
      throws Exception {
    TradingHarness.reset();
    TradingHarness.Instance app = TradingHarness.instance();
    app.entry.maxWriters = writers;
    List<Actor[]> investors = investors(clients, ownInvestors);
    long statements = TradingHarness.STATEMENTS.get();
    long transactions = TradingHarness.TRANSACTIONS.get();
    long[] orders = new long[1];
    Profile profile = new Profile();
    double perSecond;
    double drained;
    try {
      perSecond = orderEntry(app, investors, seconds, orders, durable);
      long stopped = System.nanoTime();
      while (!app.later.idle()
          || TradingHarness.number("select count(*) from trade_order where status = 'PENDING'")
              > 0) {
        Thread.sleep(5);
      }
      drained = (System.nanoTime() - stopped) / 1e9;
    } finally {
      profile.stop();
    }
    if (durable) {
      double elapsed = orders[0] / perSecond;
      System.out.printf(
          Locale.ROOT,
          "durable order entry ANSWERED ONCE DURABLE (submitDurable, REST Prefer: respond-async),"
              + " %2d clients (one investor each), %d batch(es) entered at once, %d s: %.0f orders/s,"
              + " ratio to pgbench %.2f;"
              + " last order matched %.2f s after the clients stopped (%d matching transactions):"
              + " %.0f orders/s entered and matched, ratio %.2f%n",
          clients,
          writers,
          seconds,
          perSecond,
          perSecond / tps,
          drained,
          app.later.matches.get(),
          orders[0] / (elapsed + drained),
          orders[0] / (elapsed + drained) / tps);
    }
    System.out.printf(
        Locale.ROOT,
        (durable ? "  " : "")
            + "durable order entry%s, %2d clients (%s), %d s: %.0f orders/s, ratio to pgbench %.2f"
            + " (%.1f statements and %.1f transactions per order, %.1f orders per entry"
            + " transaction; engine rebuilds: %d)%n",
        durable ? " (answered once durable)" : " (answered after the match)",
        clients,
        ownInvestors ? "one investor each" : "all as jade/ivan",
        seconds,
        perSecond,
        perSecond / tps,
        (TradingHarness.STATEMENTS.get() - statements) / (double) Math.max(1, orders[0]),
        (TradingHarness.TRANSACTIONS.get() - transactions) / (double) Math.max(1, orders[0]),
        app.entry.entered.get() / (double) Math.max(1, app.entry.batches.get()),
        app.matcher.rebuilds.get());
    System.out.println("  where the sessions were (pg_stat_activity every 50 ms): " + profile);
  }

  /**
   * The buyer and seller of each client: {@code ownInvestors}, two investors of its own with cash
   * and tokens; otherwise all buy as jade and sell as ivan.
   */
  private static List<Actor[]> investors(int clients, boolean ownInvestors) {
    List<Actor[]> investors = new ArrayList<>();
    if (ownInvestors) {
      for (int c = 0; c < clients; c++) {
        Actor buyer = TradingHarness.benchActor("bench-b" + c);
        Actor seller = TradingHarness.benchActor("bench-s" + c);
        TradingHarness.cash(TradingHarness.benchParty(buyer.userId()), 1_000_000_000_00L);
        TradingHarness.tokens(TradingHarness.benchParty(seller.userId()), 1_000_000_000L);
        investors.add(new Actor[] {buyer, seller});
      }
    } else {
      TradingHarness.cash(TradingHarness.JADE_PARTY, 1_000_000_000_00L);
      TradingHarness.tokens(TradingHarness.IVY, 1_000_000_000L);
      for (int c = 0; c < clients; c++) {
        investors.add(new Actor[] {TradingHarness.JADE, TradingHarness.IVAN});
      }
    }
    return investors;
  }

  /**
   * Warm-up (not counted, nothing printed but one line): the JIT compiles order entry, matching and
   * the JDBC driver while the measured runs would otherwise pay for it (in a 10-second run of a
   * fresh JVM the compiler threads took about half the Java CPU time). Both ways of answering, 8
   * clients, {@code seconds} each, on a database reset afterwards by the measured runs.
   */
  private static void warmUp(int seconds) throws Exception {
    for (boolean durable : new boolean[] {false, true}) {
      TradingHarness.reset();
      TradingHarness.Instance app = TradingHarness.instance();
      orderEntry(app, investors(8, true), seconds, new long[1], durable);
      while (!app.later.idle()) {
        Thread.sleep(5);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "warm-up: %d s of order entry answered after the match and %d s answered once durable,"
            + " 8 clients (not counted)%n",
        seconds,
        seconds);
  }

  /**
   * Samples what the test database's sessions do while it runs (not idle: running on the CPU,
   * waiting for a lock, for the WAL flush, or idle in a transaction, i.e. waiting for the app).
   */
  private static final class Profile {
    private final java.util.Map<String, Long> seen = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean running = true;
    private final Thread thread = new Thread(this::sample, "profile");

    Profile() {
      thread.setDaemon(true);
      thread.start();
    }

    private void sample() {
      try (Connection c = TradingHarness.database.getConnection();
          java.sql.PreparedStatement s =
              c.prepareStatement(
                  "select case when state = 'active' then coalesce(wait_event_type || ':'"
                      + " || wait_event, 'running') else state end, count(*)"
                      + " from pg_stat_activity where datname = current_database()"
                      + " and pid <> pg_backend_pid() and state <> 'idle' group by 1")) {
        while (running) {
          try (java.sql.ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              seen.merge(rs.getString(1), rs.getLong(2), Long::sum);
            }
          }
          Thread.sleep(50);
        }
      } catch (Exception e) {
        seen.put("sampling failed: " + e.getMessage(), 1L);
      }
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    @Override
    public String toString() {
      long all = Math.max(1, seen.values().stream().mapToLong(Long::longValue).sum());
      return seen.entrySet().stream()
          .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
          .limit(5)
          .map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / all))
          .collect(java.util.stream.Collectors.joining(", "));
    }
  }

  /**
   * Settlement through the real embedded ledger (the app's {@code EmbeddedSettlement}, joining the
   * settler's transaction as in the app), next to the embedded ledger's own token transfers ({@code
   * EmbeddedTransfers}, same threads, same run). Each thread has its own seller and buyer, as each
   * ledger client has its own holders: the figure is the ledger's, not a contention on one state.
   */
  private static void settlement(int seconds, double tps) throws Exception {
    TradingHarness.reset();
    try (Connection c = TradingHarness.database.getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + LedgerSchema.SCHEMA + " cascade");
    }
    LedgerSchema.migrate(TradingHarness.database);
    TradingHarness.Tx tx = new TradingHarness.Tx();
    // the ledger checks the database's durability settings when it is made: in a transaction
    EmbeddedLedgerPorts ledger =
        tx.inNew(
            () ->
                EmbeddedLedgerPorts.joining(TradingHarness.currentConnection(), Clock.systemUTC()));
    PartyName issuer = PartyName.of(TradingHarness.ISSUER);
    int perPair = Math.max(2, seconds * 10);
    long tokensPerHolder = 1_000_000L;
    tx.inNew(
        () ->
            ledger
                .issuance()
                .issue(
                    new AssetIssuance(
                        RequestKey.of("asset-T1.issue"),
                        TradingHarness.INSTRUMENT,
                        "ASSET-T1",
                        "REAL_ESTATE",
                        issuer,
                        PartyName.of("CN=Bench Trust, O=Bench Trust, L=Bern, C=CH"),
                        PartyName.of("CN=Bench Registrar, O=Bench Registrar, L=Zurich, C=CH"),
                        issuer,
                        4L * SETTLEMENT_THREADS * tokensPerHolder,
                        "ab".repeat(32),
                        MoneyAmount.of(1_000_000_000_00L, "CNY"))));
    for (int k = 0; k < SETTLEMENT_THREADS; k++) {
      for (String holder : List.of("bench-s" + k, "bench-t" + k + "a")) {
        tx.inNew(
            () ->
                ledger
                    .transfers()
                    .transfer(
                        new TokenTransfer(
                            RequestKey.of("seed-" + holder),
                            TradingHarness.INSTRUMENT,
                            issuer,
                            issuer,
                            PartyName.of(TradingHarness.benchParty(holder)),
                            tokensPerHolder)));
      }
      String buyer = "bench-b" + k;
      tx.inNew(
          () ->
              ledger
                  .issuance()
                  .issueCash(
                      new CashIssuance(
                          RequestKey.of("seed-" + buyer),
                          "CASH-CNY",
                          PartyName.of(TradingHarness.BANK),
                          PartyName.of(TradingHarness.benchParty(buyer)),
                          MoneyAmount.of(1_000_000_00L, "CNY"))));
    }

    // The ledger's own rate: token transfers back and forth, one transaction each, 8 threads.
    ExecutorService pool = Executors.newFixedThreadPool(SETTLEMENT_THREADS);
    AtomicLong transfers = new AtomicLong();
    long transferStatements = TradingHarness.STATEMENTS.get();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < SETTLEMENT_THREADS; t++) {
      PartyName a = PartyName.of(TradingHarness.benchParty("bench-t" + t + "a"));
      PartyName b = PartyName.of(TradingHarness.benchParty("bench-t" + t + "b"));
      futures.add(
          pool.submit(
              () -> {
                for (int n = 0; System.nanoTime() < end; n++) {
                  PartyName from = n % 2 == 0 ? a : b;
                  PartyName to = n % 2 == 0 ? b : a;
                  String key = "move-" + a.x500().hashCode() + "-" + n;
                  tx.inNew(
                      () ->
                          ledger
                              .transfers()
                              .transfer(
                                  new TokenTransfer(
                                      RequestKey.of(key),
                                      TradingHarness.INSTRUMENT,
                                      issuer,
                                      from,
                                      to,
                                      1)));
                  transfers.incrementAndGet();
                }
                return null;
              }));
    }
    long started = System.nanoTime();
    for (Future<?> f : futures) {
      f.get();
    }
    double transferRate = transfers.get() / ((System.nanoTime() - started) / 1e9);
    transferStatements = TradingHarness.STATEMENTS.get() - transferStatements;
    System.out.printf(
        Locale.ROOT,
        "embedded ledger token transfers (EmbeddedTransfers, %d threads, one transaction each),"
            + " %d s: %.0f transfers/s, ratio to pgbench %.2f (%.1f statements per transfer)%n",
        SETTLEMENT_THREADS,
        seconds,
        transferRate,
        transferRate / tps,
        transferStatements / (double) Math.max(1, transfers.get()));

    // Trades: seller k's sell is matched at once by buyer k's buy (one pair per thread).
    TradingHarness.Instance app =
        TradingHarness.instance(Clock.systemUTC(), ledger.register(), ledger.settlement());
    for (int r = 0; r < perPair; r++) {
      for (int k = 0; k < SETTLEMENT_THREADS; k++) {
        app.market.submit(TradingHarness.benchActor("bench-s" + k), ticket("SELL", "10.00"));
        app.market.submit(TradingHarness.benchActor("bench-b" + k), ticket("BUY", "10.00"));
      }
    }
    List<Long> ids = new ArrayList<>(app.newTrades);
    long settleStatements = TradingHarness.STATEMENTS.get();
    long start = System.nanoTime();
    futures.clear();
    for (int t = 0; t < SETTLEMENT_THREADS; t++) {
      int from = t;
      futures.add(
          pool.submit(
              () -> {
                for (int i = from; i < ids.size(); i += SETTLEMENT_THREADS) {
                  app.settler.settle(ids.get(i));
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    settleStatements = TradingHarness.STATEMENTS.get() - settleStatements;
    pool.shutdown();
    long settled = TradingHarness.number("select count(*) from trade where settlement = 'SETTLED'");
    long onLedger =
        TradingHarness.number(
            "select count(*) from ledger.ledger_transaction where request_key like 'trade-%'");
    System.out.printf(
        Locale.ROOT,
        "settlement through the embedded ledger (EmbeddedSettlement, one DvP transaction per"
            + " trade, %d threads): %d of %d trades settled (%d DvP transactions on the ledger) in"
            + " %.1f s: %.0f trades/s, ratio to the ledger's transfers %.2f, ratio to pgbench"
            + " %.2f (%.1f statements per trade)%n",
        SETTLEMENT_THREADS,
        settled,
        ids.size(),
        onLedger,
        elapsed,
        settled / elapsed,
        settled / elapsed / transferRate,
        settled / elapsed / tps,
        settleStatements / (double) Math.max(1, ids.size()));
  }

  static OrderTicket ticket(String side, String price) {
    return new OrderTicket(
        TradingHarness.INSTRUMENT, side, price, 1, "GTC", UUID.randomUUID().toString());
  }

  /** Each client alternates a buy at 9.xx and a sell at 10.xx: entry and matching, no trades. */
  private static double orderEntry(
      TradingHarness.Instance app,
      List<Actor[]> investors,
      int seconds,
      long[] orders,
      boolean durable)
      throws Exception {
    int clients = investors.size();
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
                  Actor actor = investors.get(client)[buy ? 0 : 1];
                  OrderTicket ticket = ticket(buy ? "BUY" : "SELL", price);
                  if (durable) {
                    app.market.submitDurable(actor, ticket);
                  } else {
                    app.market.submit(actor, ticket);
                  }
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
    orders[0] = count.get();
    return count.get() / Math.max(seconds, (System.nanoTime() - start) / 1e9);
  }

  private static double pgbench(int seconds) throws Exception {
    URI uri = URI.create(TradingHarness.database.getUrl().substring("jdbc:".length()));
    String host = uri.getHost();
    String port = String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort());
    String user = TradingHarness.env("CORNERSTONE_TEST_DB_USER", "postgres");
    // beside the test database, named after it: two people benchmarking never share one
    String database = "pgbench_" + uri.getPath().substring(1);
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
