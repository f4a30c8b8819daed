package org.cornerstone.cash.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.cornerstone.cash.domain.CashAccounts;
import org.cornerstone.cash.domain.CashAccounts.Account;
import org.cornerstone.cash.domain.ReservationStatus;
import org.cornerstone.cash.domain.StoredReservation;
import org.cornerstone.platform.PlatformStartup;
import org.cornerstone.shared.jdbc.Requests;

/**
 * {@link CashAccounts} in plain SQL on the application's datasource (tables {@code cash_account}
 * and {@code cash_reservation}). In the server each statement runs on the connection of the
 * caller's JTA transaction, so the row lock of {@link #lock} holds until that transaction ends.
 */
@ApplicationScoped
public class JdbcCashAccounts implements CashAccounts {
  @Resource(lookup = PlatformStartup.DATASOURCE)
  DataSource dataSource;

  public JdbcCashAccounts() {}

  /** For tests: a datasource whose connections belong to the test's transaction. */
  public JdbcCashAccounts(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void lock(String holder, String currency, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      if (lockRow(c, holder, currency)) {
        return; // the usual case, the account exists: one round trip
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into cash_account (holder, currency, created_at) values (?, ?, ?)"
                  + " on conflict do nothing")) {
        insert.setString(1, holder);
        insert.setString(2, currency);
        insert.setTimestamp(3, Timestamp.from(now));
        insert.executeUpdate();
      }
      if (!lockRow(c, holder, currency)) {
        throw new IllegalStateException("cash account row missing after insert");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not lock the cash account: " + e.getMessage(), e);
    }
  }

  private static boolean lockRow(Connection c, String holder, String currency) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "select holder from cash_account where holder = ? and currency = ? for update")) {
      select.setString(1, holder);
      select.setString(2, currency);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public Optional<StoredReservation> find(String key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "select reservation_key, holder, currency, amount_minor, purpose, status"
                    + " from cash_reservation where reservation_key = ?")) {
      select.setString(1, key);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(reservation(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read a cash reservation: " + e.getMessage(), e);
    }
  }

  @Override
  public long activeReservedMinor(String holder, String currency) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                // the account's running total (V31), not a sum over its reservations
                "select reserved_minor from cash_account where holder = ? and currency = ?")) {
      select.setString(1, holder);
      select.setString(2, currency);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0L;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not sum cash reservations: " + e.getMessage(), e);
    }
  }

  @Override
  public void add(StoredReservation r, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into cash_reservation (reservation_key, holder, currency, amount_minor,"
                    + " purpose, status, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, r.key());
      insert.setString(2, r.holder());
      insert.setString(3, r.currency());
      insert.setLong(4, r.amountMinor());
      insert.setString(5, r.purpose());
      insert.setString(6, r.status().name());
      insert.setTimestamp(7, Timestamp.from(now));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record a cash reservation: " + e.getMessage(), e);
    }
  }

  @Override
  public void close(String key, ReservationStatus status, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "update cash_reservation set status = ?, closed_at = ?"
                    + " where reservation_key = ? and status = 'ACTIVE'")) {
      update.setString(1, status.name());
      update.setTimestamp(2, Timestamp.from(now));
      update.setString(3, key);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not close a cash reservation: " + e.getMessage(), e);
    }
  }

  // --- a whole batch at once

  /**
   * One statement locks every account in {@link Account#LOCK_ORDER} (rows are locked as the sort
   * returns them), but only when every account exists; otherwise it locks none, the missing rows
   * are created in the same order and all are locked again. Locking the existing ones first would
   * hold a later account while waiting to create an earlier one, and two batches met that way in a
   * deadlock.
   */
  @Override
  public void lockAll(Collection<Account> accounts, Instant now) {
    List<Account> distinct = new ArrayList<>(new LinkedHashSet<>(accounts));
    if (distinct.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      if (lockRows(c, distinct) == distinct.size()) {
        return; // the usual case: one round trip
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into cash_account (holder, currency, created_at)"
                  + " select h, k, ? from unnest(?::varchar[], ?::bpchar[]) as u (h, k)"
                  + " order by h collate \"C\", k collate \"C\" on conflict do nothing")) {
        insert.setTimestamp(1, Timestamp.from(now));
        bindAccounts(c, insert, 2, distinct);
        insert.executeUpdate();
      }
      if (lockRows(c, distinct) != distinct.size()) {
        throw new IllegalStateException("cash account rows missing after insert");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not lock the cash accounts: " + e.getMessage(), e);
    }
  }

  /**
   * Locks every account of the arrays, or none unless all exist (3 parameters); each locked row
   * with its total of active reservations, as {@link #ACTIVE_SUMS} reads it.
   */
  private static final String LOCK_ROWS =
      "with u (h, k) as (select * from unnest(?::varchar[], ?::bpchar[]))"
          + " select a.holder, a.currency, a.reserved_minor from cash_account a join u"
          + " on a.holder = u.h and a.currency = u.k"
          + " where (select count(*) from cash_account b join u"
          + " on b.holder = u.h and b.currency = u.k) = ?"
          + " order by a.holder collate \"C\", a.currency collate \"C\" for update of a";

  /**
   * The reservations of the keys (1 parameter): a join on each key's index entry (LATERAL ... LIMIT
   * 1: never a scan), whatever the statistics the statement's cached plan was made with (ADR 0035).
   */
  private static final String FIND_ALL =
      "select r.* from unnest(?::varchar[]) as u (k) cross join lateral"
          + " (select reservation_key, holder, currency, amount_minor, purpose, status"
          + " from cash_reservation where reservation_key = u.k limit 1) r";

  /**
   * The total of the active reservations per account (2 parameters): the running total the database
   * keeps on the account row (V31, ADR 0037), read by key (ADR 0035); accounts without any are left
   * out.
   */
  private static final String ACTIVE_SUMS =
      "select a.holder, a.currency, a.reserved_minor from unnest(?::varchar[], ?::bpchar[])"
          + " as u (h, k) cross join lateral (select holder, currency, reserved_minor"
          + " from cash_account where holder = u.h and currency = u.k limit 1) a"
          + " where a.reserved_minor <> 0";

  private static int lockRows(Connection c, List<Account> accounts) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(LOCK_ROWS)) {
      bindAccounts(c, select, 1, accounts);
      select.setInt(3, accounts.size());
      try (ResultSet rs = select.executeQuery()) {
        return count(rs);
      }
    }
  }

  private static int count(ResultSet rs) throws SQLException {
    int n = 0;
    while (rs.next()) {
      n++;
    }
    return n;
  }

  /**
   * The usual case in one round trip: the lock (which returns each account's total of active
   * reservations) and the keys' reservations as two statements of one request (PgJDBC sends them
   * with one sync; they run in order, so the lookup sees the rows as the locks left them, ADR
   * 0036). When an account is missing the lock locked nothing and the reads are dropped: the
   * accounts are created and locked, then read again.
   */
  @Override
  public Locked lockAndRead(Collection<Account> accounts, Collection<String> keys, Instant now) {
    List<Account> distinct = new ArrayList<>(new LinkedHashSet<>(accounts));
    if (distinct.isEmpty()) {
      return new Locked(findAll(keys), new HashMap<>());
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(LOCK_ROWS + ";\n" + FIND_ALL)) {
      bindAccounts(c, s, 1, distinct);
      s.setInt(3, distinct.size());
      s.setArray(4, c.createArrayOf("varchar", keys.toArray()));
      List<List<?>> read =
          Requests.read(
              s, List.<Requests.Row<?>>of(JdbcCashAccounts::total, JdbcCashAccounts::reservation));
      if (read.get(0).size() == distinct.size()) {
        Map<Account, Long> sums = new HashMap<>();
        for (Object row : read.get(0)) {
          Map.Entry<?, ?> total = (Map.Entry<?, ?>) row;
          if ((Long) total.getValue() != 0) {
            sums.put((Account) total.getKey(), (Long) total.getValue());
          }
        }
        Map<String, StoredReservation> existing = new HashMap<>();
        for (Object row : read.get(1)) {
          existing.put(((StoredReservation) row).key(), (StoredReservation) row);
        }
        return new Locked(existing, sums);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not lock the cash accounts: " + e.getMessage(), e);
    }
    lockAll(distinct, now);
    return new Locked(findAll(keys), activeReservedMinor(distinct));
  }

  private static void bindAccounts(
      Connection c, PreparedStatement s, int first, List<Account> accounts) throws SQLException {
    s.setArray(first, c.createArrayOf("varchar", accounts.stream().map(Account::holder).toArray()));
    s.setArray(
        first + 1, c.createArrayOf("bpchar", accounts.stream().map(Account::currency).toArray()));
  }

  @Override
  public Map<String, StoredReservation> findAll(Collection<String> keys) {
    if (keys.isEmpty()) {
      return new HashMap<>();
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(FIND_ALL)) {
      select.setArray(1, c.createArrayOf("varchar", keys.toArray()));
      try (ResultSet rs = select.executeQuery()) {
        return reservations(rs);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read cash reservations: " + e.getMessage(), e);
    }
  }

  private static Map<String, StoredReservation> reservations(ResultSet rs) throws SQLException {
    Map<String, StoredReservation> out = new HashMap<>();
    while (rs.next()) {
      out.put(rs.getString(1), reservation(rs));
    }
    return out;
  }

  /** The current row: reservation_key, holder, currency, amount_minor, purpose, status. */
  private static StoredReservation reservation(ResultSet rs) throws SQLException {
    return new StoredReservation(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getLong(4),
        rs.getString(5),
        ReservationStatus.valueOf(rs.getString(6)));
  }

  @Override
  public Map<Account, Long> activeReservedMinor(Collection<Account> accounts) {
    List<Account> distinct = new ArrayList<>(new LinkedHashSet<>(accounts));
    if (distinct.isEmpty()) {
      return new HashMap<>();
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(ACTIVE_SUMS)) {
      bindAccounts(c, select, 1, distinct);
      try (ResultSet rs = select.executeQuery()) {
        return sums(rs);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not sum cash reservations: " + e.getMessage(), e);
    }
  }

  private static Map<Account, Long> sums(ResultSet rs) throws SQLException {
    Map<Account, Long> out = new HashMap<>();
    while (rs.next()) {
      Map.Entry<Account, Long> total = total(rs);
      out.put(total.getKey(), total.getValue());
    }
    return out;
  }

  /** The current row: holder, currency and the account's total of active reservations. */
  private static Map.Entry<Account, Long> total(ResultSet rs) throws SQLException {
    return Map.entry(new Account(rs.getString(1), rs.getString(2)), rs.getLong(3));
  }

  /** One JDBC batch (one round trip). */
  @Override
  public void addAll(List<StoredReservation> reservations, Instant now) {
    if (reservations.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into cash_reservation (reservation_key, holder, currency, amount_minor,"
                    + " purpose, status, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
      for (StoredReservation r : reservations) {
        insert.setString(1, r.key());
        insert.setString(2, r.holder());
        insert.setString(3, r.currency());
        insert.setLong(4, r.amountMinor());
        insert.setString(5, r.purpose());
        insert.setString(6, r.status().name());
        insert.setTimestamp(7, Timestamp.from(now));
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      SQLException next = e.getNextException();
      throw new IllegalStateException(
          "Could not record cash reservations: "
              + e.getMessage()
              + (next == null ? "" : " " + next.getMessage()),
          e);
    }
  }
}
