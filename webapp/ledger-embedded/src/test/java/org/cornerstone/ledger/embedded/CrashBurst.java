package org.cornerstone.ledger.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The child process of {@link CrashRecoveryIT}: a burst of random transfers between the holders the
 * test set up, by several threads, until it is killed (or a time limit passes). Prints {@code
 * SUBMIT key instrument from to amount} before and {@code COMMITTED key id} after each submission
 * returned, so the parent knows what was acknowledged.
 *
 * <p>Arguments: threads, seconds limit, then the holder party names; env as {@link TestDatabase}.
 */
public final class CrashBurst {

  static final String APPLICATION_NAME = "cornerstone-crash-burst";
  static final String[] INSTRUMENTS = {"crash-a", "crash-b"};

  private CrashBurst() {}

  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    long deadline = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(TestDatabase.URL);
    config.setUsername(TestDatabase.USER);
    config.setPassword(TestDatabase.PASSWORD);
    config.setMaximumPoolSize(threads);
    config.addDataSourceProperty("ApplicationName", APPLICATION_NAME);
    HikariDataSource dataSource = new HikariDataSource(config);
    TransactionRunner runner = new JdbcTransactionRunner(dataSource);
    PartyDirectory parties = new PartyDirectory(runner, LedgerFixture.SECRET, Clock.systemUTC());
    EmbeddedLedger ledger = new EmbeddedLedger(runner, parties, Clock.systemUTC());
    List<Party> holders = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      Party holder = parties.partyFor(net.corda.v5.base.types.MemberX500Name.parse(args[i]));
      parties.sign(holder.publicKey(), new byte[1]); // decrypt the key before the burst
      holders.add(holder);
    }
    parties.sign(ledger.notary().publicKey(), new byte[1]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("READY");
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread worker =
          new Thread(
              () -> {
                Random random = new Random();
                for (int n = 0; System.nanoTime() < deadline; n++) {
                  String instrument = INSTRUMENTS[random.nextInt(INSTRUMENTS.length)];
                  int from = random.nextInt(holders.size());
                  int to = (from + 1 + random.nextInt(holders.size() - 1)) % holders.size();
                  long amount = 1 + random.nextInt(30);
                  String key = "crash." + thread + "." + n;
                  synchronized (out) {
                    out.println(
                        "SUBMIT " + key + " " + instrument + " " + from + " " + to + " " + amount);
                  }
                  try {
                    LedgerTransaction committed =
                        Transfers.transfer(
                            ledger,
                            key,
                            instrument,
                            holders.get(from).publicKey(),
                            holders.get(to).publicKey(),
                            amount);
                    synchronized (out) {
                      out.println("COMMITTED " + key + " " + committed.id());
                    }
                  } catch (LedgerException e) {
                    synchronized (out) {
                      out.println("REFUSED " + key + " " + e.getMessage().replace('\n', ' '));
                    }
                  }
                }
              });
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    dataSource.close();
    out.println("DONE");
  }
}
