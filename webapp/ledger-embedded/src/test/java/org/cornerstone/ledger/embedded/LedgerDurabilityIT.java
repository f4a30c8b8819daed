package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cornerstone.ledger.embedded.LedgerDurability.NonDurableDatabaseException;
import org.cornerstone.ledger.embedded.LedgerDurability.Policy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The ledger reads its database's durability settings when it starts (ADR 0020): on a database
 * whose {@code synchronous_commit} is off ({@code ALTER DATABASE … SET}, on the machine's
 * PostgreSQL), and on a server started with the embedded PostgreSQL's own defaults ({@code fsync}
 * and {@code synchronous_commit} off), it refuses to start, naming the settings; with the
 * development flag it starts and warns at every start.
 */
class LedgerDurabilityIT {

  /** A database of its own next to the test database, so no other test sees its setting. */
  private static final String DATABASE = databaseName() + "_nondurable";

  @TempDir Path dir;

  private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureWarnings() {
    Logger.getLogger(LedgerDurability.class.getName()).addHandler(capture);
  }

  @AfterEach
  void dropTheDatabase() throws SQLException {
    Logger.getLogger(LedgerDurability.class.getName()).removeHandler(capture);
    admin("drop database if exists " + DATABASE + " with (force)");
  }

  @Test
  void aDatabaseWithSynchronousCommitOffIsRefusedUnlessTheDevelopmentFlagIsSet()
      throws SQLException {
    admin("drop database if exists " + DATABASE + " with (force)");
    admin("create database " + DATABASE);
    admin("alter database " + DATABASE + " set synchronous_commit = off");
    DataSource dataSource = dataSource(DATABASE);
    TransactionRunner runner = new JdbcTransactionRunner(dataSource);
    PartyDirectory parties = new PartyDirectory(runner, LedgerFixture.SECRET, Clock.systemUTC());

    assertThatThrownBy(() -> new EmbeddedLedger(runner, parties, Clock.systemUTC()))
        .isInstanceOf(NonDurableDatabaseException.class)
        .hasMessageStartingWith(LedgerDurability.REFUSED)
        .hasMessageContaining("synchronous_commit is off")
        .hasMessageNotContaining("fsync is off");
    assertThat(warnings).isEmpty();

    // the development flag: the ledger starts, and warns at every start
    for (int start = 1; start <= 2; start++) {
      EmbeddedLedger ledger = ledger(runner, parties, Policy.ALLOW_NON_DURABLE);
      assertThat(ledger.durability().durable()).isFalse();
      assertThat(ledger.durability().settings()).containsEntry("synchronous_commit", "off");
      assertThat(warnings).hasSize(start);
    }
    assertThat(warnings.get(0).getMessage())
        .contains(LedgerDurability.WARNING)
        .contains("synchronous_commit is off");

    // the setting back on: the ledger starts without a word
    admin("alter database " + DATABASE + " reset synchronous_commit");
    EmbeddedLedger durable = new EmbeddedLedger(runner, parties, Clock.systemUTC());
    assertThat(durable.durability().durable()).isTrue();
    assertThat(warnings).hasSize(2);
  }

  @Test
  void aServerWithTheEmbeddedPostgresDefaultsIsRefusedNamingFsyncAndSynchronousCommit()
      throws Exception {
    int port = ScratchPostgres.freePort();
    try (EmbeddedPostgres server =
        ScratchPostgres.withEmbeddedDefaults(dir.resolve("pgdata"), port)) {
      TransactionRunner runner = new JdbcTransactionRunner(ScratchPostgres.dataSource(port));
      PartyDirectory parties = new PartyDirectory(runner, LedgerFixture.SECRET, Clock.systemUTC());

      assertThatThrownBy(() -> new EmbeddedLedger(runner, parties, Clock.systemUTC()))
          .isInstanceOf(NonDurableDatabaseException.class)
          .hasMessageContaining("fsync is off")
          .hasMessageContaining("synchronous_commit is off")
          .hasMessageNotContaining("full_page_writes");
      EmbeddedLedger allowed = ledger(runner, parties, Policy.ALLOW_NON_DURABLE);
      assertThat(allowed.durability().problems()).hasSize(2);
      assertThat(warnings).hasSize(1);
    }
  }

  private static EmbeddedLedger ledger(
      TransactionRunner runner, PartyDirectory parties, Policy policy) {
    return new EmbeddedLedger(
        runner,
        parties,
        Clock.systemUTC(),
        EmbeddedLedger.DEFAULT_NOTARY,
        RegistrarPolicy.NONE,
        policy);
  }

  private static DataSource dataSource(String database) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(serverUrl() + database);
    dataSource.setUser(TestDatabase.USER);
    dataSource.setPassword(TestDatabase.PASSWORD);
    return dataSource;
  }

  private static void admin(String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                serverUrl() + "postgres", TestDatabase.USER, TestDatabase.PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** {@code jdbc:postgresql://host:port/} of the test database. */
  private static String serverUrl() {
    return TestDatabase.URL.substring(0, TestDatabase.URL.lastIndexOf('/') + 1);
  }

  private static String databaseName() {
    String url = TestDatabase.URL;
    int slash = url.lastIndexOf('/');
    int query = url.indexOf('?', slash);
    String name = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
    return name.replaceAll("[^A-Za-z0-9_]", "");
  }
}
