package org.cornerstone.trading.infrastructure;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.cornerstone.platform.PlatformStartup;
import org.cornerstone.shared.jdbc.Requests;

/**
 * Plain SQL on the application's datasource for the trading stores. In the server each statement
 * runs on the connection of the caller's JTA transaction, so locks hold until it ends.
 */
abstract class JdbcStatements {
  @Resource(lookup = PlatformStartup.DATASOURCE)
  DataSource dataSource;

  JdbcStatements() {}

  JdbcStatements(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  @FunctionalInterface
  interface Row<T> extends Requests.Row<T> {}

  <T> List<T> query(String sql, Binder binder, Row<T> row) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      try (ResultSet rs = s.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(row.read(rs));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Trading store: " + e.getMessage(), e);
    }
  }

  <T> Optional<T> one(String sql, Binder binder, Row<T> row) {
    List<T> all = query(sql, binder, row);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Several queries separated by {@code ;} sent as one request (PgJDBC: one sync, one round trip),
   * run in order in the caller's transaction; the parameters are numbered across all of them. The
   * rows of each query, read by the matching {@code rows} element.
   */
  List<List<?>> queries(String sql, Binder binder, List<Row<?>> rows) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      return Requests.read(s, rows);
    } catch (SQLException e) {
      throw new IllegalStateException("Trading store: " + e.getMessage(), e);
    }
  }

  /**
   * Several statements separated by {@code ;} sent as one request (one round trip), run in order in
   * the caller's transaction, their parameters numbered across all of them.
   */
  void statements(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      boolean rows = s.execute();
      while (rows || s.getUpdateCount() != -1) {
        rows = s.getMoreResults();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Trading store: " + e.getMessage(), e);
    }
  }

  int update(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Trading store: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  interface ItemBinder<T> {
    void bind(PreparedStatement s, T item) throws SQLException;
  }

  /** One statement for all {@code items}, sent as one JDBC batch (one round trip). */
  <T> void batch(String sql, List<T> items, ItemBinder<T> binder) {
    if (items.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (T item : items) {
        binder.bind(s, item);
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      SQLException next = e.getNextException();
      throw new IllegalStateException(
          "Trading store: " + e.getMessage() + (next == null ? "" : " " + next.getMessage()), e);
    }
  }

  static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
