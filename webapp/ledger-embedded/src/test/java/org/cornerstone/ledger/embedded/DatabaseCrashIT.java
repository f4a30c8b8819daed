package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.corda.v5.base.types.MemberX500Name;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability against a crash of the database server itself (ADR 0020): a PostgreSQL of the test's
 * own (durable settings, its own data directory and port) serves a burst of transfers by several
 * threads; after at least {@value #ACKNOWLEDGED_BEFORE_KILL} acknowledged transfers every process
 * of the cluster (postmaster, backends, WAL writer, checkpointer) is killed with SIGKILL while
 * transfers are in flight. PostgreSQL then starts again on the same data directory and replays its
 * WAL (crash recovery). Every acknowledged transaction is there with its id, none is half-applied
 * (outputs, consumptions, signatures and log leaf of each; the log's tail and latest head cover
 * every transaction), {@code verifyLedger()} with the log audit is clean, every supply is unchanged
 * and the ledger keeps committing.
 *
 * <p>What it shows and what it does not: the server processes die, the operating system does not,
 * so written but unflushed pages in its cache survive. This is a process crash, not a power loss;
 * what covers a power loss is {@code fsync} on, which the ledger checks at start ({@link
 * LedgerDurability}) but no test here can pull the plug on.
 */
class DatabaseCrashIT {

  private static final int HOLDERS = 4;
  private static final long ISSUED = 500;
  private static final int THREADS = 4;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 40;
  private static final String[] INSTRUMENTS = {"dbcrash-a", "dbcrash-b"};

  @TempDir Path dir;

  @Test
  void killingEveryDatabaseProcessMidBurstLosesNoAcknowledgedTransferAndHalfAppliesNone()
      throws Exception {
    Path data = dir.resolve("pgdata");
    Path serverLog = dir.resolve("postgres.log");
    int port = ScratchPostgres.freePort();
    Map<String, String> acknowledged = new ConcurrentHashMap<>();
    Map<String, Long> unanswered = new ConcurrentHashMap<>(); // key -> when it was submitted
    List<String> refusedBeforeKill = new ArrayList<>();
    List<String> failedAtKill = new CopyOnWriteArrayList<>();
    List<MemberX500Name> holderNames = new ArrayList<>();
    for (int h = 0; h < HOLDERS; h++) {
      holderNames.add(MemberX500Name.parse("O=Server Crash Holder " + h + ", L=Bern, C=CH"));
    }
    int killed;
    long beforeKill;
    // when every process of the cluster was gone: a transfer submitted before then and never
    // answered was in flight when the database died (one in flight at killStarted may still have
    // been answered while the kill was under way)
    long killEnded = Long.MAX_VALUE;
    AtomicLong killStarted = new AtomicLong(Long.MAX_VALUE);
    long started = System.nanoTime();
    AtomicLong burstStarted = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();

    EmbeddedPostgres server = ScratchPostgres.durable(data, port, serverLog);
    long initdbAndStartMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    try (HikariDataSource pool = pool(port)) {
      LedgerSchema.migrate(pool);
      TransactionRunner runner = new JdbcTransactionRunner(pool);
      PartyDirectory parties = new PartyDirectory(runner, LedgerFixture.SECRET, Clock.systemUTC());
      EmbeddedLedger ledger = new EmbeddedLedger(runner, parties, Clock.systemUTC());
      assertThat(ledger.durability().durable()).as("the test's server is durable").isTrue();
      assertThat(ledger.durability().settings())
          .containsEntry("fsync", "on")
          .containsEntry("synchronous_commit", "on")
          .containsEntry("full_page_writes", "on");
      Party bank = parties.partyFor(LedgerFixture.BANK);
      List<Party> holders = new ArrayList<>();
      for (MemberX500Name name : holderNames) {
        Party holder = parties.partyFor(name);
        holders.add(holder);
        for (String instrument : INSTRUMENTS) {
          issue(ledger, bank, holder, instrument);
        }
      }

      ScratchPostgres.ClusterKill kill = ScratchPostgres.prepareKill(data);
      // the log's merger runs through the burst, as in the app (ADR 0030): the kill may hit a merge
      LogMerger merger = LogMerger.start(ledger, runner, Duration.ofMillis(1));
      burstStarted.set(System.nanoTime());

      // the burst: each thread transfers until told to stop; an answer is recorded as it returns
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Thread worker =
            new Thread(
                () -> {
                  Random random = new Random(thread);
                  for (int n = 0; !stop.get(); n++) {
                    String instrument = INSTRUMENTS[random.nextInt(INSTRUMENTS.length)];
                    int from = random.nextInt(HOLDERS);
                    int to = (from + 1 + random.nextInt(HOLDERS - 1)) % HOLDERS;
                    String key = "dbcrash." + thread + "." + n;
                    unanswered.put(key, System.nanoTime());
                    try {
                      LedgerTransaction committed =
                          Transfers.transfer(
                              ledger,
                              key,
                              instrument,
                              holders.get(from).publicKey(),
                              holders.get(to).publicKey(),
                              1 + random.nextInt(30));
                      acknowledged.put(key, committed.id().toString());
                      unanswered.remove(key);
                    } catch (RuntimeException e) {
                      String message = String.valueOf(e.getMessage());
                      if (killStarted.get() != Long.MAX_VALUE) {
                        failedAtKill.add(key + ": " + message);
                      }
                      if (message.startsWith(LedgerException.INSUFFICIENT_FUNDS)
                          || message.startsWith(LedgerException.CLAIM_CONTENTION)) {
                        unanswered.remove(key); // refused by the ledger: nothing written
                      } else if (killStarted.get() == Long.MAX_VALUE) {
                        synchronized (refusedBeforeKill) {
                          refusedBeforeKill.add(key + ": " + message);
                        }
                        unanswered.remove(key);
                      }
                      // else: a failure at the kill; the transfer's outcome is unknown to its
                      // caller, and recovery must leave it wholly there or wholly absent
                    }
                  }
                },
                "dbcrash-" + t);
        worker.start();
        workers.add(worker);
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
        if (System.nanoTime() > deadline) {
          stop.set(true);
          fail(
              "The burst did not get going: "
                  + acknowledged.size()
                  + " acknowledged, refused "
                  + refusedBeforeKill);
        }
        Thread.sleep(2);
      }
      beforeKill = acknowledged.size();
      killStarted.set(System.nanoTime());
      killed = kill.kill();
      killEnded = System.nanoTime();
      stop.set(true);
      for (Thread worker : workers) {
        worker.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(worker.isAlive()).as("%s ended after the kill", worker.getName()).isFalse();
      }
      assertThat(refusedBeforeKill).as("failures before the kill").isEmpty();
      merger.close();
      assertThat(merger.heads()).as("heads the merger signed before the kill").isPositive();
    } finally {
      stop.set(true);
      server.close(); // pg_ctl stop finds no server; this releases zonky's lock on the directory
    }
    assertThat(killed).as("processes of the cluster killed").isGreaterThanOrEqualTo(THREADS + 2);
    long diedAt = killEnded;
    long inFlightAtKill = unanswered.values().stream().filter(at -> at < diedAt).count();
    assertThat(inFlightAtKill)
        .as("transfers submitted before the kill, unanswered; failures %s", failedAtKill)
        .isPositive();
    long setupMillis = TimeUnit.NANOSECONDS.toMillis(burstStarted.get() - started);
    long burstMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - burstStarted.get());

    long restart = System.nanoTime();
    EmbeddedPostgres restarted = ScratchPostgres.durable(data, port, serverLog);
    long restartMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restart);
    try (HikariDataSource dataSource = pool(port)) {
      String log = Files.readString(serverLog);
      assertThat(log)
          .as("PostgreSQL replayed its WAL after the crash")
          .contains("not properly shut down; automatic recovery in progress")
          .contains("redo starts at");

      TransactionRunner runner = new JdbcTransactionRunner(dataSource);
      PartyDirectory parties = new PartyDirectory(runner, LedgerFixture.SECRET, Clock.systemUTC());
      EmbeddedLedger ledger = new EmbeddedLedger(runner, parties, Clock.systemUTC());
      assertThat(ledger.durability().durable()).isTrue();

      // every acknowledged transfer is there, with the id its caller was given
      acknowledged.forEach(
          (key, id) ->
              assertThat(ledger.transactionByRequestKey(key))
                  .as("acknowledged %s", key)
                  .hasValueSatisfying(t -> assertThat(t.id().toString()).isEqualTo(id)));
      long stored =
          count(
              dataSource,
              "select count(*) from ledger.ledger_transaction where request_key like 'dbcrash.%'");
      assertThat(stored).isGreaterThanOrEqualTo(acknowledged.size());
      long inFlightStored =
          unanswered.keySet().stream()
              .filter(k -> ledger.transactionByRequestKey(k).isPresent())
              .count();
      assertThat(stored).isEqualTo(acknowledged.size() + inFlightStored);

      assertNothingHalfApplied(ledger, dataSource);

      // the ledger keeps committing, and the new commit extends the log cleanly
      List<Party> holders = holderNames.stream().map(parties::partyFor).toList();
      String instrument = INSTRUMENTS[0];
      int payer = 0;
      while (Transfers.balance(ledger, instrument, holders.get(payer).publicKey()) == 0) {
        payer++;
      }
      LedgerTransaction after =
          Transfers.transfer(
              ledger,
              "after-db-crash",
              instrument,
              holders.get(payer).publicKey(),
              holders.get((payer + 1) % HOLDERS).publicKey(),
              1);
      assertThat(ledger.transaction(after.id())).isPresent();
      assertNothingHalfApplied(ledger, dataSource);

      System.out.printf(
          "database crash test: %d acknowledged (%d when the kill began), %d submitted before the"
              + " kill and unanswered (%d submitted during it), %d PostgreSQL processes killed; %d"
              + " unanswered stored after recovery, the rest absent; initdb and start %d ms, setup"
              + " (schema, parties, issues) %d ms, burst and kill %d ms,"
              + " restart with recovery %d ms, checks %d ms%n",
          acknowledged.size(),
          beforeKill,
          inFlightAtKill,
          unanswered.size() - inFlightAtKill,
          killed,
          inFlightStored,
          initdbAndStartMillis,
          setupMillis - initdbAndStartMillis,
          burstMillis,
          restartMillis,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restart) - restartMillis);
    } finally {
      restarted.close();
    }
  }

  private static void assertNothingHalfApplied(EmbeddedLedger ledger, DataSource dataSource) {
    for (String instrument : INSTRUMENTS) {
      assertThat(Transfers.supply(dataSource, instrument))
          .as("supply of %s", instrument)
          .isEqualTo(HOLDERS * ISSUED);
    }
    assertThat(
            count(
                dataSource,
                "select count(*) from ledger.ledger_transaction t where not exists (select 1"
                    + " from ledger.state s where s.transaction_id = t.id)"))
        .as("transactions without their outputs")
        .isZero();
    assertThat(
            count(
                dataSource,
                "select count(*) from ledger.ledger_transaction t where (select count(*) from"
                    + " ledger.transaction_signature g where g.transaction_id = t.id) < 2"))
        .as("transactions without their signatures (signatory and notary)")
        .isZero();
    assertThat(
            count(
                dataSource,
                "select count(*) from ledger.ledger_transaction t where t.request_key like"
                    + " 'dbcrash.%' and not exists (select 1 from ledger.consumption c where"
                    + " c.consumed_by = t.id)"))
        .as("transfers without their consumptions")
        .isZero();
    assertThat(
            count(
                dataSource,
                "select count(*) from ledger.consumption c where not exists (select 1 from"
                    + " ledger.ledger_transaction t where t.id = c.consumed_by)"))
        .as("states consumed by a transaction that does not exist")
        .isZero();
    // every committed transaction is in the log or waits for it, written with it (ADR 0030)...
    assertThat(
            count(
                dataSource,
                "select count(*) from ledger.ledger_transaction t where not exists (select 1"
                    + " from ledger.log_leaf l where l.transaction_id = t.id) and not exists"
                    + " (select 1 from ledger.log_pending p where p.transaction_id = t.id)"))
        .as("transactions neither in the log nor waiting for it")
        .isZero();
    // ...and what waits is merged by the first merge after the restart
    ledger.mergeLog();
    long transactions = count(dataSource, "select count(*) from ledger.ledger_transaction");
    assertThat(
            count(
                dataSource,
                "select count(*) from ledger.ledger_transaction t where not exists (select 1"
                    + " from ledger.log_leaf l where l.transaction_id = t.id)"))
        .as("transactions without a log leaf")
        .isZero();
    assertThat(count(dataSource, "select count(*) from ledger.log_leaf")).isEqualTo(transactions);
    assertThat(count(dataSource, "select tree_size from ledger.log_tail")).isEqualTo(transactions);
    assertThat(count(dataSource, "select max(tree_size) from ledger.tree_head"))
        .as("the latest signed head covers every transaction")
        .isEqualTo(transactions);
    // per transaction: id = hash of content, every signature valid, outputs as in the content,
    // each input consumed by it; then the log: leaves, order, heads' signatures and roots
    assertThat(ledger.verifyLedger()).isEmpty();
  }

  private static void issue(EmbeddedLedger ledger, Party bank, Party holder, String instrument) {
    ledger.submit(
        instrument + ".issue." + holder.name().getOrganization().replace(' ', '-'),
        TransactionDraft.builder()
            .output(new TestTokenState(instrument, bank.publicKey(), holder.publicKey(), ISSUED))
            .command(new TestTokenContract.Issue())
            .signatory(bank.publicKey())
            .consent(Consent.Kind.APPROVAL, "test", bank.publicKey())
            .build());
  }

  private static HikariDataSource pool(int port) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/postgres");
    config.setUsername("postgres");
    config.setMaximumPoolSize(THREADS);
    config.setConnectionTimeout(2_000); // after the kill, fail fast instead of waiting 30 s
    return new HikariDataSource(config);
  }

  private static long count(DataSource dataSource, String sql) {
    return TestDatabase.count(dataSource, sql);
  }
}
