package org.cornerstone.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.trading.application.TradingHarness.currentConnection;
import static org.cornerstone.trading.application.TradingHarness.database;
import static org.cornerstone.trading.application.TradingHarness.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cornerstone.trading.domain.TokenAccounts.Account;
import org.cornerstone.trading.infrastructure.JdbcTokenAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The token accounts' batch lock ({@link JdbcTokenAccounts#lockAll}) on PostgreSQL, in the one
 * interleaving that deadlocked the cash accounts' twin in CI: a batch for two accounts, the later
 * of which exists, while another transaction is creating the earlier one.
 */
class TokenAccountLocksIT {
  static final String EARLY = "CN=Ivy Capital Management, O=Ivy Capital Management, L=HK, C=HK";
  static final String LATE = "CN=Jade Harbour Securities, O=Jade Harbour Securities, L=SG, C=SG";
  static final String INSTRUMENT = "HRB-LOCKS";

  @BeforeAll
  static void start() throws Exception {
    schema();
  }

  @Test
  void aBatchLocksNothingWhileItWaitsForAnAccountAnotherTransactionIsCreating() throws Exception {
    TradingHarness.Tx tx = new TradingHarness.Tx();
    JdbcTokenAccounts accounts = new JdbcTokenAccounts(currentConnection());
    tx.inNew(
        () -> {
          accounts.lock(LATE, INSTRUMENT, Instant.now());
          return null;
        });
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try (Connection other = database.getConnection()) {
      other.setAutoCommit(false);
      try (Statement s = other.createStatement()) {
        s.execute("set lock_timeout = '20s'");
      }
      try (PreparedStatement insert =
          other.prepareStatement(
              "insert into token_account (holder, instrument_id, created_at) values (?, ?, now())")) {
        insert.setString(1, EARLY);
        insert.setString(2, INSTRUMENT);
        insert.executeUpdate();
      }
      Future<Object> batch =
          thread.submit(
              () ->
                  tx.inNew(
                      () -> {
                        accounts.lockAll(
                            List.of(new Account(LATE, INSTRUMENT), new Account(EARLY, INSTRUMENT)),
                            Instant.now());
                        return null;
                      }));
      awaitOneSessionWaitingForALock();
      try (PreparedStatement lock =
          other.prepareStatement(
              "select holder from token_account where holder = ? and instrument_id = ?"
                  + " for update")) {
        lock.setString(1, LATE);
        lock.setString(2, INSTRUMENT);
        try (ResultSet rs = lock.executeQuery()) {
          assertThat(rs.next()).isTrue(); // the later account was free: the batch held nothing
        }
      }
      other.commit();
      batch.get(30, TimeUnit.SECONDS); // then the batch creates nothing twice and locks both
    } finally {
      thread.shutdownNow();
    }
  }

  static void awaitOneSessionWaitingForALock() throws Exception {
    for (int i = 0; i < 200; i++) {
      try (Connection c = database.getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select count(*) from pg_stat_activity where datname = current_database()"
                      + " and wait_event_type = 'Lock'")) {
        rs.next();
        if (rs.getInt(1) == 1) {
          return;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the batch never waited for the account being created");
  }
}
