package org.cornerstone.ledger.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateAndRef;
import org.cornerstone.cordapp.asset.AssetContract;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.asset.AssetState;
import org.cornerstone.cordapp.asset.AssetStatus;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Benchmark command (not a test): pgbench TPC-B as the machine's reference, then signed,
 * contract-verified transfers of the CorDapp's {@link AssetTokenState} (Move verified by {@link
 * AssetTokenContract}) through the embedded ledger with 1, 8 and 32 clients.
 *
 * <pre>
 * ./mvnw -B -f webapp/ledger-embedded/pom.xml test-compile exec:java \
 *   -Dexec.mainClass=org.cornerstone.ledger.embedded.LedgerBenchmark -Dexec.classpathScope=test \
 *   [-Dbenchmark.seconds=30] [-Dbenchmark.pgbench=true] [-Dbenchmark.state=asset|test]
 *   [-Dbenchmark.pgbenchDatabase=cornerstone_pgbench]
 * </pre>
 *
 * It drops and recreates schema {@code ledger} of the test database (CORNERSTONE_TEST_DB_URL).
 */
public final class LedgerBenchmark {

  private static final int[] CLIENTS = {1, 8, 32};

  private LedgerBenchmark() {}

  public static void main(String[] args) throws Exception {
    int seconds = Integer.getInteger("benchmark.seconds", 30);
    double pgbenchTps =
        Boolean.parseBoolean(System.getProperty("benchmark.pgbench", "true"))
            ? pgbench(seconds)
            : Double.NaN;
    System.out.printf(
        Locale.ROOT, "pgbench TPC-B, 8 clients, %d s: %.0f tps%n", seconds, pgbenchTps);

    TestDatabase.freshLedgerSchema();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(TestDatabase.URL);
    config.setUsername(TestDatabase.USER);
    config.setPassword(TestDatabase.PASSWORD);
    config.setMaximumPoolSize(40);
    DataSource dataSource = new HikariDataSource(config);
    TransactionRunner runner = new JdbcTransactionRunner(dataSource);
    PartyDirectory parties =
        new PartyDirectory(runner, "benchmark-secret".toCharArray(), Clock.systemUTC());
    EmbeddedLedger ledger = new EmbeddedLedger(runner, parties, Clock.systemUTC());
    Party bank = parties.partyFor(MemberX500Name.parse("O=Bench Bank, L=Zurich, C=CH"));
    Party trustee = parties.partyFor(MemberX500Name.parse("O=Bench Trust, L=Bern, C=CH"));
    Party registrar = parties.partyFor(MemberX500Name.parse("O=Bench Registrar, L=Zurich, C=CH"));
    parties.sign(registrar.publicKey(), new byte[1]); // unlock the key before timing
    boolean testState = "test".equals(System.getProperty("benchmark.state", "asset"));
    String workload =
        testState
            ? "TEST state (TestTokenState Move, holder + notary signatures) - comparison only"
            : "AssetTokenState Move under AssetTokenContract (holder + registrar + notary"
                + " signatures)";
    System.out.println("workload: " + workload);
    // The log's merger, as the app runs it (ADR 0030): one head per group of commits.
    LogMerger merger = LogMerger.start(ledger, runner, LogMerger.DEFAULT_IDLE);

    for (int clients : CLIENTS) {
      long headsBefore = merger.heads();
      Result result = run(ledger, parties, bank, trustee, registrar, testState, clients, seconds);
      long headsDuring = merger.heads() - headsBefore;
      System.out.printf(
          Locale.ROOT,
          "embedded ledger, %s, %2d clients, %d s: %.0f transfers/s, p50 %.1f ms, p99 %.1f ms,"
              + " ratio to pgbench %.2f, JVM CPU %.2f ms/transfer%n",
          testState ? "TEST state" : "AssetTokenState",
          clients,
          seconds,
          result.perSecond,
          result.p50Millis,
          result.p99Millis,
          result.perSecond / pgbenchTps,
          result.jvmCpuMillisPerTransfer);
      System.out.printf(
          Locale.ROOT,
          "  the log: %d signed heads while these clients ran (%.1f transfers per head)%n",
          headsDuring,
          headsDuring == 0 ? 0.0 : result.perSecond * seconds / headsDuring);
    }
    merger.close();
    ledger.mergeLog();
    long transactions =
        TestDatabase.count(dataSource, "select count(*) from ledger.ledger_transaction");
    long logged = TestDatabase.count(dataSource, "select tree_size from ledger.log_tail");
    long signed = TestDatabase.count(dataSource, "select max(tree_size) from ledger.tree_head");
    System.out.printf(
        Locale.ROOT,
        "the log after the run: %d transactions, %d leaves, latest signed head over %d (%s);"
            + " merge failures %d%n",
        transactions,
        logged,
        signed,
        transactions == logged && logged == signed ? "complete" : "INCOMPLETE",
        merger.failures());
  }

  private record Result(
      double perSecond, double p50Millis, double p99Millis, double jvmCpuMillisPerTransfer) {}

  private static Result run(
      EmbeddedLedger ledger,
      PartyDirectory parties,
      Party bank,
      Party trustee,
      Party registrar,
      boolean testState,
      int clients,
      int seconds)
      throws Exception {
    List<Client> prepared = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      String name = clients + "-" + c;
      prepared.add(
          testState
              ? new TestTokenClient(ledger, parties, bank, name)
              : new AssetTokenClient(ledger, parties, bank, trustee, registrar, name));
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long cpuBefore = processCpuNanos();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<List<Long>>> futures = new ArrayList<>();
    for (Client client : prepared) {
      futures.add(pool.submit(() -> client.transferUntil(end)));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> future : futures) {
      all.addAll(future.get());
    }
    long cpu = processCpuNanos() - cpuBefore;
    pool.shutdown();
    Collections.sort(all);
    return new Result(
        all.size() / (double) seconds,
        percentile(all, 0.50),
        percentile(all, 0.99),
        all.isEmpty() ? Double.NaN : cpu / 1e6 / all.size());
  }

  /**
   * CPU time of this JVM (all threads, incl. JIT and GC), or -1: per transfer it depends far less
   * on the other processes of a shared machine than transfers/s does.
   */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }

  /** A client: two holders passing one holding back and forth, one transfer at a time. */
  private interface Client {
    List<Long> transferUntil(long end);
  }

  /**
   * The real CorDapp: an {@link AssetState} and its {@link AssetTokenState} supply are issued
   * (AssetContract Create + AssetTokenContract Issue, signed by issuer and trustee); every transfer
   * is an AssetTokenContract Move signed by the sending holder and the registrar (plus the notary).
   */
  private static final class AssetTokenClient implements Client {
    private final EmbeddedLedger ledger;
    private final String name;
    private final Party a;
    private final Party b;
    private final Party registrar;
    private StateAndRef<AssetTokenState> token;

    AssetTokenClient(
        EmbeddedLedger ledger,
        PartyDirectory parties,
        Party bank,
        Party trustee,
        Party registrar,
        String name) {
      this.ledger = ledger;
      this.name = name;
      this.registrar = registrar;
      a = parties.partyFor(MemberX500Name.parse("O=Holder A" + name + ", L=Bern, C=CH"));
      b = parties.partyFor(MemberX500Name.parse("O=Holder B" + name + ", L=Bern, C=CH"));
      parties.sign(a.publicKey(), new byte[1]); // unlock the keys before timing
      parties.sign(b.publicKey(), new byte[1]);
      String assetId = "bench-" + name;
      AssetState asset =
          new AssetState(
              assetId,
              assetId,
              AssetKind.REAL_ESTATE,
              bank.name(),
              bank.publicKey(),
              trustee.name(),
              trustee.publicKey(),
              registrar.name(),
              registrar.publicKey(),
              HexFormat.of()
                  .formatHex(
                      LedgerHash.sha256(assetId.getBytes(StandardCharsets.UTF_8)).getBytes()),
              AssetStatus.ACTIVE,
              250_000_000L,
              "CHF");
      AssetTokenState supply =
          new AssetTokenState(
              assetId,
              bank.name(),
              bank.publicKey(),
              a.name(),
              a.publicKey(),
              registrar.name(),
              registrar.publicKey(),
              100,
              false);
      token =
          ledger
              .submit(
                  "bench-" + name + ".issue",
                  TransactionDraft.builder()
                      .output(asset, supply)
                      .command(
                          new AssetContract.Commands.Create(),
                          new AssetTokenContract.Commands.Issue())
                      .signatory(bank.publicKey(), trustee.publicKey())
                      .consent(
                          Consent.Kind.INSTRUCTION, "test", bank.publicKey(), trustee.publicKey())
                      .build())
              .outputs(AssetTokenState.class)
              .get(0);
    }

    @Override
    public List<Long> transferUntil(long end) {
      List<Long> latencies = new ArrayList<>();
      for (int n = 0; System.nanoTime() < end; n++) {
        AssetTokenState state = token.getState().getContractState();
        Party from = state.getHolderKey().equals(a.publicKey()) ? a : b;
        Party to = from == a ? b : a;
        long start = System.nanoTime();
        token =
            ledger
                .submit(
                    "bench-" + name + ".move-" + n,
                    TransactionDraft.builder()
                        .input(token.getRef())
                        .output(state.withHolder(to.name(), to.publicKey(), state.getQuantity()))
                        .command(new AssetTokenContract.Commands.Move())
                        .signatory(from.publicKey(), registrar.publicKey())
                        .consent(
                            Consent.Kind.INSTRUCTION,
                            "test",
                            from.publicKey(),
                            registrar.publicKey())
                        .build())
                .outputs(AssetTokenState.class)
                .get(0);
        latencies.add(System.nanoTime() - start);
      }
      return latencies;
    }
  }

  /**
   * For comparison only ({@code -Dbenchmark.state=test}): the module's test token ({@link
   * TestTokenState}, {@link TestTokenContract}), whose Move needs only the holder's signature.
   */
  private static final class TestTokenClient implements Client {
    private final EmbeddedLedger ledger;
    private final String name;
    private final Party a;
    private final Party b;
    private StateAndRef<TestTokenState> token;

    TestTokenClient(EmbeddedLedger ledger, PartyDirectory parties, Party bank, String name) {
      this.ledger = ledger;
      this.name = name;
      a = parties.partyFor(MemberX500Name.parse("O=Holder A" + name + ", L=Bern, C=CH"));
      b = parties.partyFor(MemberX500Name.parse("O=Holder B" + name + ", L=Bern, C=CH"));
      parties.sign(a.publicKey(), new byte[1]); // unlock the keys before timing
      parties.sign(b.publicKey(), new byte[1]);
      token =
          ledger
              .submit(
                  "bench-" + name + ".issue",
                  TransactionDraft.builder()
                      .output(
                          new TestTokenState("bench-" + name, bank.publicKey(), a.publicKey(), 100))
                      .command(new TestTokenContract.Issue())
                      .signatory(bank.publicKey())
                      .consent(Consent.Kind.INSTRUCTION, "test", bank.publicKey())
                      .build())
              .outputs(TestTokenState.class)
              .get(0);
    }

    @Override
    public List<Long> transferUntil(long end) {
      List<Long> latencies = new ArrayList<>();
      for (int n = 0; System.nanoTime() < end; n++) {
        TestTokenState state = token.getState().getContractState();
        Party from = state.getHolder().equals(a.publicKey()) ? a : b;
        Party to = from == a ? b : a;
        long start = System.nanoTime();
        token =
            ledger
                .submit(
                    "bench-" + name + ".move-" + n,
                    TransactionDraft.builder()
                        .input(token.getRef())
                        .output(state.withHolder(to.publicKey(), state.getQuantity()))
                        .command(new TestTokenContract.Move())
                        .signatory(from.publicKey())
                        .consent(Consent.Kind.INSTRUCTION, "test", from.publicKey())
                        .build())
                .outputs(TestTokenState.class)
                .get(0);
        latencies.add(System.nanoTime() - start);
      }
      return latencies;
    }
  }

  private static double percentile(List<Long> sorted, double p) {
    return sorted.isEmpty()
        ? Double.NaN
        : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
  }

  /** Runs pgbench TPC-B (8 clients) against a scratch database on the same server. */
  private static double pgbench(int seconds) throws Exception {
    URI uri = URI.create(TestDatabase.URL.substring("jdbc:".length()));
    String host = uri.getHost();
    String port = String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort());
    // its own name per worker/session, so that two benchmarks on one server do not drop each
    // other's scratch database
    String database = System.getProperty("benchmark.pgbenchDatabase", "cornerstone_pgbench");
    exec(
        List.of(
            "psql",
            "-h",
            host,
            "-p",
            port,
            "-U",
            TestDatabase.USER,
            "-d",
            "postgres",
            "-c",
            "drop database if exists " + database,
            "-c",
            "create database " + database));
    exec(
        List.of(
            "pgbench",
            "-h",
            host,
            "-p",
            port,
            "-U",
            TestDatabase.USER,
            "-i",
            "-q",
            "-s",
            "8",
            database));
    String output =
        exec(
            List.of(
                "pgbench",
                "-h",
                host,
                "-p",
                port,
                "-U",
                TestDatabase.USER,
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
    builder.environment().put("PGPASSWORD", TestDatabase.PASSWORD);
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
