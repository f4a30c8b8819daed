package org.cornerstone.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.trading.application.TradingHarness.currentConnection;
import static org.cornerstone.trading.application.TradingHarness.database;
import static org.cornerstone.trading.application.TradingHarness.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cornerstone.cash.domain.CashAccounts;
import org.cornerstone.cash.domain.ReservationStatus;
import org.cornerstone.cash.domain.StoredReservation;
import org.cornerstone.cash.infrastructure.JdbcCashAccounts;
import org.cornerstone.trading.domain.TokenAccounts;
import org.cornerstone.trading.domain.TokenAccounts.TokenReservation;
import org.cornerstone.trading.infrastructure.JdbcTokenAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Order entry's lock-and-read of a batch's accounts ({@code lockAndRead}: the lock, the keys'
 * reservations and the active sums sent as one request) on PostgreSQL: it reads what the plain
 * calls read, after the locks, and holds every account's lock until the transaction ends, both when
 * the accounts exist (one round trip) and when one had to be created first.
 */
class LockAndReadIT {
  static final String HOLDER = "CN=Lock And Read ";
  static final String INSTRUMENT = "HRB-LOCK-READ";

  @BeforeAll
  static void start() throws Exception {
    schema();
  }

  @Test
  void tokensAreLockedAndReadAsThePlainCallsReadThem() throws Exception {
    String existing = HOLDER + "tokens existing " + System.nanoTime();
    String created = HOLDER + "tokens created " + System.nanoTime();
    TradingHarness.Tx tx = new TradingHarness.Tx();
    JdbcTokenAccounts accounts = new JdbcTokenAccounts(currentConnection());
    TokenAccounts.Account old = new TokenAccounts.Account(existing, INSTRUMENT);
    TokenAccounts.Account fresh = new TokenAccounts.Account(created, INSTRUMENT);
    tx.inNew(
        () -> {
          accounts.lock(existing, INSTRUMENT, Instant.now());
          accounts.add(reservation("t-a-" + existing, existing, 7), Instant.now());
          accounts.add(reservation("t-b-" + existing, existing, 5), Instant.now());
          return null;
        });
    for (List<TokenAccounts.Account> batch : List.of(List.of(old), List.of(old, fresh))) {
      tx.inNew(
          () -> {
            TokenAccounts.Locked locked =
                accounts.lockAndRead(
                    batch, Set.of("t-a-" + existing, "t-none-" + existing), Instant.now());
            assertThat(locked.existing()).containsOnlyKeys("t-a-" + existing);
            assertThat(locked.existing().get("t-a-" + existing).quantity()).isEqualTo(7);
            assertThat(locked.activeReserved()).isEqualTo(Map.of(old, 12L));
            assertThat(locked)
                .isEqualTo(
                    new TokenAccounts.Locked(
                        accounts.findAll(Set.of("t-a-" + existing, "t-none-" + existing)),
                        accounts.activeReserved(batch)));
            for (TokenAccounts.Account a : batch) {
              boolean isNew = a.equals(fresh);
              assertThatThrownBy(
                      () ->
                          lockElsewhere(
                              isNew
                                  ? "insert into token_account (holder, instrument_id, created_at)"
                                      + " values (?, ?, now()) on conflict do nothing"
                                  : "select 1 from token_account where holder = ?"
                                      + " and instrument_id = ? for update nowait",
                              a.holder(),
                              a.instrumentId()))
                  .as("the lock of %s is held", a.holder())
                  .isInstanceOf(SQLException.class)
                  .hasMessageContaining(isNew ? "lock timeout" : "could not obtain lock");
            }
            return null;
          });
    }
  }

  @Test
  void cashIsLockedAndReadAsThePlainCallsReadIt() throws Exception {
    String existing = HOLDER + "cash existing " + System.nanoTime();
    String created = HOLDER + "cash created " + System.nanoTime();
    TradingHarness.Tx tx = new TradingHarness.Tx();
    JdbcCashAccounts accounts = new JdbcCashAccounts(currentConnection());
    CashAccounts.Account old = new CashAccounts.Account(existing, "CNY");
    CashAccounts.Account fresh = new CashAccounts.Account(created, "CNY");
    tx.inNew(
        () -> {
          accounts.lock(existing, "CNY", Instant.now());
          accounts.add(cash("c-a-" + existing, existing, 700), Instant.now());
          accounts.add(cash("c-b-" + existing, existing, 5), Instant.now());
          return null;
        });
    for (List<CashAccounts.Account> batch : List.of(List.of(old), List.of(fresh, old))) {
      tx.inNew(
          () -> {
            CashAccounts.Locked locked =
                accounts.lockAndRead(
                    batch, Set.of("c-b-" + existing, "c-none-" + existing), Instant.now());
            assertThat(locked.existing()).containsOnlyKeys("c-b-" + existing);
            assertThat(locked.activeReservedMinor()).isEqualTo(Map.of(old, 705L));
            assertThat(locked)
                .isEqualTo(
                    new CashAccounts.Locked(
                        accounts.findAll(Set.of("c-b-" + existing, "c-none-" + existing)),
                        accounts.activeReservedMinor(batch)));
            for (CashAccounts.Account a : batch) {
              boolean isNew = a.equals(fresh);
              assertThatThrownBy(
                      () ->
                          lockElsewhere(
                              isNew
                                  ? "insert into cash_account (holder, currency, created_at)"
                                      + " values (?, ?, now()) on conflict do nothing"
                                  : "select 1 from cash_account where holder = ?"
                                      + " and currency = ? for update nowait",
                              a.holder(),
                              a.currency()))
                  .as("the lock of %s is held", a.holder())
                  .isInstanceOf(SQLException.class)
                  .hasMessageContaining(isNew ? "lock timeout" : "could not obtain lock");
            }
            return null;
          });
    }
  }

  @Test
  void theDatabaseKeepsEachAccountsTotalOfActiveReservations() throws Exception {
    String holder = HOLDER + "totals " + System.nanoTime();
    TradingHarness.Tx tx = new TradingHarness.Tx();
    JdbcTokenAccounts tokens = new JdbcTokenAccounts(currentConnection());
    JdbcCashAccounts cash = new JdbcCashAccounts(currentConnection());
    tx.inNew(
        () -> {
          tokens.lock(holder, INSTRUMENT, Instant.now());
          tokens.addAll(
              List.of(
                  reservation("t1-" + holder, holder, 7), reservation("t2-" + holder, holder, 5)),
              Instant.now());
          tokens.close("t1-" + holder, "CONSUMED", Instant.now());
          tokens.close("t1-" + holder, "RELEASED", Instant.now()); // closed already: no change
          cash.lock(holder, "CNY", Instant.now());
          cash.addAll(
              List.of(cash("c1-" + holder, holder, 700), cash("c2-" + holder, holder, 55)),
              Instant.now());
          cash.close("c2-" + holder, ReservationStatus.RELEASED, Instant.now());
          return null;
        });
    // a reservation written by hand (a repair, a test) counts too, and so does its removal
    TradingHarness.sql(
        "insert into token_reservation (reservation_key, holder, instrument_id, quantity, purpose,"
            + " status, created_at) values ('t3-' || ?, ?, ?, 30, 'repair', 'ACTIVE', now())",
        holder,
        holder,
        INSTRUMENT);
    TradingHarness.sql("delete from cash_reservation where reservation_key = 'c1-' || ?", holder);
    tx.inNew(
        () -> {
          assertThat(tokens.activeReserved(holder, INSTRUMENT)).isEqualTo(35);
          assertThat(tokens.activeReserved(List.of(new TokenAccounts.Account(holder, INSTRUMENT))))
              .isEqualTo(Map.of(new TokenAccounts.Account(holder, INSTRUMENT), 35L));
          assertThat(cash.activeReservedMinor(holder, "CNY")).isZero();
          assertThat(cash.activeReservedMinor(List.of(new CashAccounts.Account(holder, "CNY"))))
              .isEmpty();
          return null;
        });
    assertThat(
            TradingHarness.number(
                "select count(*) from token_account a where reserved_quantity <> (select"
                    + " coalesce(sum(quantity), 0) from token_reservation r where r.holder ="
                    + " a.holder and r.instrument_id = a.instrument_id and r.status = 'ACTIVE')"))
        .isZero();
    assertThat(
            TradingHarness.number(
                "select count(*) from cash_account a where reserved_minor <> (select"
                    + " coalesce(sum(amount_minor), 0) from cash_reservation r where r.holder ="
                    + " a.holder and r.currency = a.currency and r.status = 'ACTIVE')"))
        .isZero();
  }

  private static TokenReservation reservation(String key, String holder, long quantity) {
    return new TokenReservation(key, holder, INSTRUMENT, quantity, "test", "ACTIVE");
  }

  private static StoredReservation cash(String key, String holder, long minor) {
    return new StoredReservation(key, holder, "CNY", minor, "test", ReservationStatus.ACTIVE);
  }

  /**
   * Tries the row lock from another session: fails at once while the test's session holds it. An
   * account the test's transaction created is not visible elsewhere yet: there the same row can
   * only be awaited, so the try ends at its lock timeout.
   */
  private static void lockElsewhere(String sql, String holder, String key) throws SQLException {
    try (Connection other = database.getConnection()) {
      other.setAutoCommit(false);
      try (Statement s = other.createStatement()) {
        s.execute("set local lock_timeout = '300ms'");
      }
      try (PreparedStatement lock = other.prepareStatement(sql)) {
        lock.setString(1, holder);
        lock.setString(2, key);
        lock.execute();
      } finally {
        other.rollback();
      }
    }
  }
}
