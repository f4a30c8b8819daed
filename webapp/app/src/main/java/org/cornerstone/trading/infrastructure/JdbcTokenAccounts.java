package org.cornerstone.trading.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.cornerstone.trading.domain.TokenAccounts;
import org.cornerstone.trading.domain.TokenAccounts.Account;

/** {@link TokenAccounts} in plain SQL (tables of V11). */
@ApplicationScoped
public class JdbcTokenAccounts extends JdbcStatements implements TokenAccounts {
  public JdbcTokenAccounts() {}

  /** For tests: a datasource whose connections belong to the test's transaction. */
  public JdbcTokenAccounts(DataSource dataSource) {
    super(dataSource);
  }

  @Override
  public void lock(String holder, String instrumentId, Instant now) {
    String lockRow =
        "select holder from token_account where holder = ? and instrument_id = ? for update";
    Binder key =
        s -> {
          s.setString(1, holder);
          s.setString(2, instrumentId);
        };
    if (one(lockRow, key, rs -> 1).isPresent()) {
      return; // the usual case: one round trip
    }
    update(
        "insert into token_account (holder, instrument_id, created_at) values (?, ?, ?)"
            + " on conflict do nothing",
        s -> {
          s.setString(1, holder);
          s.setString(2, instrumentId);
          s.setTimestamp(3, ts(now));
        });
    one(
            "select holder from token_account where holder = ? and instrument_id = ? for update",
            s -> {
              s.setString(1, holder);
              s.setString(2, instrumentId);
            },
            rs -> 1)
        .orElseThrow(() -> new IllegalStateException("token account row missing after insert"));
  }

  private static final String RESERVATION =
      "select reservation_key, holder, instrument_id, quantity, purpose, status"
          + " from token_reservation";

  private static TokenReservation reservation(ResultSet rs) throws SQLException {
    return new TokenReservation(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getLong(4),
        rs.getString(5),
        rs.getString(6));
  }

  @Override
  public Optional<TokenReservation> find(String key) {
    return one(
        RESERVATION + " where reservation_key = ?",
        s -> s.setString(1, key),
        JdbcTokenAccounts::reservation);
  }

  @Override
  public long activeReserved(String holder, String instrumentId) {
    return one(
            // the account's running total (V32), not a sum over its reservations
            "select reserved_quantity from token_account where holder = ? and instrument_id = ?",
            s -> {
              s.setString(1, holder);
              s.setString(2, instrumentId);
            },
            rs -> rs.getLong(1))
        .orElse(0L);
  }

  @Override
  public void add(TokenReservation r, Instant now) {
    update(
        "insert into token_reservation (reservation_key, holder, instrument_id, quantity, purpose,"
            + " status, created_at) values (?, ?, ?, ?, ?, ?, ?)",
        s -> {
          s.setString(1, r.key());
          s.setString(2, r.holder());
          s.setString(3, r.instrumentId());
          s.setLong(4, r.quantity());
          s.setString(5, r.purpose());
          s.setString(6, r.status());
          s.setTimestamp(7, ts(now));
        });
  }

  @Override
  public void close(String key, String status, Instant now) {
    update(
        "update token_reservation set status = ?, closed_at = ? where reservation_key = ?"
            + " and status = 'ACTIVE'",
        s -> {
          s.setString(1, status);
          s.setTimestamp(2, ts(now));
          s.setString(3, key);
        });
  }

  @Override
  public List<TokenReservation> active() {
    return query(
        RESERVATION + " where status = 'ACTIVE' order by reservation_key",
        s -> {},
        JdbcTokenAccounts::reservation);
  }

  // --- a whole batch at once

  private static final String LOCK_ALL =
      "with u (h, i) as (select * from unnest(?::varchar[], ?::varchar[]))"
          + " select a.holder, a.instrument_id, a.reserved_quantity from token_account a join u"
          + " on a.holder = u.h and a.instrument_id = u.i"
          + " where (select count(*) from token_account b join u"
          + " on b.holder = u.h and b.instrument_id = u.i) = ?"
          + " order by a.holder collate \"C\", a.instrument_id collate \"C\" for update of a";

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
    if (query(LOCK_ALL, s -> bindLockAll(s, distinct), rs -> 1).size() == distinct.size()) {
      return; // the usual case: one round trip
    }
    update(
        "insert into token_account (holder, instrument_id, created_at)"
            + " select h, i, ? from unnest(?::varchar[], ?::varchar[]) as u (h, i)"
            + " order by h collate \"C\", i collate \"C\" on conflict do nothing",
        s -> {
          s.setTimestamp(1, ts(now));
          bindAccounts(s, 2, distinct);
        });
    if (query(LOCK_ALL, s -> bindLockAll(s, distinct), rs -> 1).size() != distinct.size()) {
      throw new IllegalStateException("token account rows missing after insert");
    }
  }

  private static void bindLockAll(PreparedStatement s, List<Account> accounts) throws SQLException {
    bindAccounts(s, 1, accounts);
    s.setInt(3, accounts.size());
  }

  private static void bindAccounts(PreparedStatement s, int first, List<Account> accounts)
      throws SQLException {
    s.setArray(
        first,
        s.getConnection()
            .createArrayOf("varchar", accounts.stream().map(Account::holder).toArray()));
    s.setArray(
        first + 1,
        s.getConnection()
            .createArrayOf("varchar", accounts.stream().map(Account::instrumentId).toArray()));
  }

  /** The reservations of the keys (1 parameter): each key's index entry (ADR 0035). */
  private static final String FIND_ALL =
      "select r.* from unnest(?::varchar[]) as u (k) cross join lateral ("
          + RESERVATION
          + " where reservation_key = u.k limit 1) r";

  /**
   * The total of the active reservations per account (2 parameters): the running total the database
   * keeps on the account row (V32, ADR 0037), read by key (ADR 0035); accounts without any are left
   * out.
   */
  private static final String ACTIVE_SUMS =
      "select a.holder, a.instrument_id, a.reserved_quantity"
          + " from unnest(?::varchar[], ?::varchar[]) as u (h, i) cross join lateral"
          + " (select holder, instrument_id, reserved_quantity from token_account"
          + " where holder = u.h and instrument_id = u.i limit 1) a"
          + " where a.reserved_quantity <> 0";

  private static Map.Entry<Account, Long> sum(ResultSet rs) throws SQLException {
    return Map.entry(new Account(rs.getString(1), rs.getString(2)), rs.getLong(3));
  }

  @Override
  public Map<String, TokenReservation> findAll(Collection<String> keys) {
    if (keys.isEmpty()) {
      return new HashMap<>();
    }
    return byKey(
        query(
            FIND_ALL,
            s -> s.setArray(1, s.getConnection().createArrayOf("varchar", keys.toArray())),
            JdbcTokenAccounts::reservation));
  }

  private static Map<String, TokenReservation> byKey(List<?> reservations) {
    Map<String, TokenReservation> out = new HashMap<>();
    for (Object o : reservations) {
      TokenReservation r = (TokenReservation) o;
      out.put(r.key(), r);
    }
    return out;
  }

  @Override
  public Map<Account, Long> activeReserved(Collection<Account> accounts) {
    List<Account> distinct = new ArrayList<>(new LinkedHashSet<>(accounts));
    if (distinct.isEmpty()) {
      return new HashMap<>();
    }
    return sums(query(ACTIVE_SUMS, s -> bindAccounts(s, 1, distinct), JdbcTokenAccounts::sum));
  }

  private static Map<Account, Long> sums(List<?> entries) {
    Map<Account, Long> out = new HashMap<>();
    for (Object o : entries) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
      out.put((Account) e.getKey(), (Long) e.getValue());
    }
    return out;
  }

  /**
   * The usual case in one round trip: the lock (which returns each account's total of active
   * reservations) and the keys' reservations as two statements of one request ({@link #queries};
   * they run in order, so the lookup sees the rows as the locks left them, ADR 0036). When an
   * account is missing the lock locked nothing and the reads are dropped: the accounts are created
   * and locked, then read again.
   */
  @Override
  public Locked lockAndRead(Collection<Account> accounts, Collection<String> keys, Instant now) {
    List<Account> distinct = new ArrayList<>(new LinkedHashSet<>(accounts));
    if (distinct.isEmpty()) {
      return new Locked(findAll(keys), new HashMap<>());
    }
    List<List<?>> read =
        queries(
            LOCK_ALL + ";\n" + FIND_ALL,
            s -> {
              bindLockAll(s, distinct);
              s.setArray(4, s.getConnection().createArrayOf("varchar", keys.toArray()));
            },
            List.of(JdbcTokenAccounts::sum, JdbcTokenAccounts::reservation));
    if (read.get(0).size() == distinct.size()) {
      Map<Account, Long> totals = sums(read.get(0));
      totals.values().removeIf(total -> total == 0);
      return new Locked(byKey(read.get(1)), totals);
    }
    lockAll(distinct, now);
    return new Locked(findAll(keys), activeReserved(distinct));
  }

  /** One JDBC batch (one round trip). */
  @Override
  public void addAll(List<TokenReservation> reservations, Instant now) {
    batch(
        "insert into token_reservation (reservation_key, holder, instrument_id, quantity, purpose,"
            + " status, created_at) values (?, ?, ?, ?, ?, ?, ?)",
        reservations,
        (s, r) -> {
          s.setString(1, r.key());
          s.setString(2, r.holder());
          s.setString(3, r.instrumentId());
          s.setLong(4, r.quantity());
          s.setString(5, r.purpose());
          s.setString(6, r.status());
          s.setTimestamp(7, ts(now));
        });
  }
}
