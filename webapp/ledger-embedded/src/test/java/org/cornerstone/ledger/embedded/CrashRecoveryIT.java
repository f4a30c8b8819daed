package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import net.corda.v5.base.types.MemberX500Name;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: a separate JVM runs a burst of transfers against the real database and is killed with
 * SIGKILL in the middle of it. Afterwards every transfer it acknowledged is in the ledger, no
 * transaction is half-applied, every supply is unchanged, the transfers that were in flight can be
 * replayed under their request keys without doubling, and the ledger keeps working.
 */
class CrashRecoveryIT {

  private static final int HOLDERS = 4;
  private static final long ISSUED = 500;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 40;
  private static final int SIGKILL_EXIT = 128 + 9;

  @TempDir Path dir;

  @Test
  void aBurstKilledWithSigkillKeepsEveryAcknowledgedTransferAndNothingHalfApplied()
      throws Exception {
    LedgerFixture f = new LedgerFixture();
    List<Party> holders = new ArrayList<>();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(childClassPath());
    command.add(CrashBurst.class.getName());
    command.add("3"); // threads
    command.add("60"); // the child stops by itself after this many seconds
    for (int h = 0; h < HOLDERS; h++) {
      String name = "O=Crash Holder " + h + ", L=Bern, C=CH";
      Party holder = f.parties.partyFor(MemberX500Name.parse(name));
      holders.add(holder);
      command.add(name);
      for (String instrument : CrashBurst.INSTRUMENTS) {
        f.issue(instrument + ".issue-" + h, instrument, holder, ISSUED);
      }
    }

    Path stderr = dir.resolve("child.err");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.to(stderr.toFile()));
    builder.environment().put("CORNERSTONE_TEST_DB_URL", TestDatabase.URL);
    builder.environment().put("CORNERSTONE_TEST_DB_USER", TestDatabase.USER);
    builder.environment().put("CORNERSTONE_TEST_DB_PASSWORD", TestDatabase.PASSWORD);
    Process child = builder.start();
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              // only complete lines: the kill may cut the last one short
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                StringBuilder line = new StringBuilder();
                for (int c = in.read(); c >= 0; c = in.read()) {
                  if (c == '\n') {
                    lines.add(line.toString());
                    line.setLength(0);
                  } else {
                    line.append((char) c);
                  }
                }
              } catch (Exception endOfStream) {
                // the child died
              }
            });
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (committedLines(lines).size() < ACKNOWLEDGED_BEFORE_KILL) {
      if (!child.isAlive() || System.nanoTime() > deadline) {
        child.destroyForcibly();
        fail("The burst did not get going: " + lines + "\n" + Files.readString(stderr));
      }
      Thread.sleep(5);
    }
    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback by the client
    assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(SIGKILL_EXIT);
    reader.join(10_000);
    awaitChildSessionsGone(f);

    // every acknowledged transfer is in the ledger, with the id the child was given
    Map<String, String> acknowledged = new LinkedHashMap<>();
    for (String line : committedLines(lines)) {
      String[] parts = line.split(" ");
      acknowledged.put(parts[1], parts[2]);
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
    acknowledged.forEach(
        (key, id) ->
            assertThat(f.ledger.transactionByRequestKey(key))
                .as("acknowledged %s", key)
                .hasValueSatisfying(t -> assertThat(t.id().toString()).isEqualTo(id)));
    assertThat(TestDatabase.count(f.dataSource, crashTransactions()))
        .isGreaterThanOrEqualTo(acknowledged.size());
    assertNothingHalfAppliedAndSupplyUnchanged(f);

    // the transfers in flight at the kill: a retry under the same key never doubles them
    int inFlight = 0;
    for (String line : lines) {
      String[] submit = line.split(" ");
      if (!submit[0].equals("SUBMIT") || answered(lines, submit[1])) {
        continue;
      }
      inFlight++;
      var before = f.ledger.transactionByRequestKey(submit[1]);
      try {
        LedgerTransaction replay =
            Transfers.transfer(
                f.ledger,
                submit[1],
                submit[2],
                holders.get(Integer.parseInt(submit[3])).publicKey(),
                holders.get(Integer.parseInt(submit[4])).publicKey(),
                Long.parseLong(submit[5]));
        before.ifPresent(t -> assertThat(replay.id()).isEqualTo(t.id()));
      } catch (LedgerException insufficient) {
        assertThat(before).isEmpty();
        assertThat(insufficient).hasMessageStartingWith(LedgerException.INSUFFICIENT_FUNDS);
      }
      assertThat(
              TestDatabase.count(
                  f.dataSource,
                  "select count(*) from ledger.ledger_transaction where request_key = '"
                      + submit[1]
                      + "'"))
          .isLessThanOrEqualTo(1);
    }
    System.out.printf(
        "crash test: %d acknowledged, %d in flight at the kill, %d crash transactions stored%n",
        acknowledged.size(), inFlight, TestDatabase.count(f.dataSource, crashTransactions()));

    // restart: nothing stays claimed; every holder can move its whole balance
    for (int h = 1; h < HOLDERS; h++) {
      for (String instrument : CrashBurst.INSTRUMENTS) {
        long balance = Transfers.balance(f.ledger, instrument, holders.get(h).publicKey());
        if (balance > 0) {
          Transfers.transfer(
              f.ledger,
              "after-crash." + instrument + "." + h,
              instrument,
              holders.get(h).publicKey(),
              holders.get(0).publicKey(),
              balance);
        }
      }
    }
    for (String instrument : CrashBurst.INSTRUMENTS) {
      assertThat(Transfers.balance(f.ledger, instrument, holders.get(0).publicKey()))
          .isEqualTo(HOLDERS * ISSUED);
    }
    assertNothingHalfAppliedAndSupplyUnchanged(f);
    Path export = dir.resolve("after-crash.jsonl");
    AuditExport.write(f.ledger, export);
    assertThat(VerifyLedger.verify(export, f.ledger.notary().publicKey()).problems()).isEmpty();
  }

  private static void assertNothingHalfAppliedAndSupplyUnchanged(LedgerFixture f) {
    for (String instrument : CrashBurst.INSTRUMENTS) {
      assertThat(Transfers.supply(f.dataSource, instrument))
          .as("supply of %s", instrument)
          .isEqualTo(HOLDERS * ISSUED);
    }
    assertThat(
            TestDatabase.count(
                f.dataSource,
                "select count(*) from ledger.consumption c where not"
                    + " exists (select 1 from ledger.ledger_transaction t where t.id ="
                    + " c.consumed_by)"))
        .as("states consumed by a transaction that does not exist")
        .isZero();
    assertThat(
            TestDatabase.count(
                f.dataSource,
                "select count(*) from ledger.ledger_transaction t where not exists (select 1"
                    + " from ledger.state s where s.transaction_id = t.id) or (select count(*)"
                    + " from ledger.transaction_signature g where g.transaction_id = t.id) < 2"))
        .as("transactions without their outputs or signatures")
        .isZero();
    // every transaction: id = hash of content, all signatures valid and present, outputs stored
    // as in the content, and each of its inputs consumed by it
    assertThat(f.ledger.verifyLedger()).isEmpty();
  }

  private static String crashTransactions() {
    return "select count(*) from ledger.ledger_transaction where request_key like 'crash.%'";
  }

  private static List<String> committedLines(List<String> lines) {
    return lines.stream().filter(l -> l.startsWith("COMMITTED ")).toList();
  }

  private static boolean answered(List<String> lines, String key) {
    return lines.stream()
        .anyMatch(
            l -> l.startsWith("COMMITTED " + key + " ") || l.startsWith("REFUSED " + key + " "));
  }

  /** The server aborts a dead client's transactions once it notices the closed sockets. */
  private static void awaitChildSessionsGone(LedgerFixture f) throws InterruptedException {
    String sessions =
        "select count(*) from pg_stat_activity where application_name = '"
            + CrashBurst.APPLICATION_NAME
            + "'";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (TestDatabase.count(f.dataSource, sessions) > 0) {
      if (System.nanoTime() > deadline) {
        fail("The killed child's database sessions are still there");
      }
      Thread.sleep(20);
    }
  }

  private static String childClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String path =
        surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    return path;
  }
}
