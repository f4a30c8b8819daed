package org.cornerstone.shared.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The plain-JDBC stores' one way to borrow a connection: the work runs on a connection of the
 * caller's (JTA) transaction and an {@link SQLException} becomes an {@link IllegalStateException}
 * naming the store, so a store's methods read as their SQL.
 */
public final class JdbcWork {
  /** Work on a connection that may throw {@link SQLException}. */
  @FunctionalInterface
  public interface Sql<T> {
    T run(Connection c) throws SQLException;
  }

  private JdbcWork() {}

  /** Runs {@code work} on a connection of {@code dataSource}; {@code store} names the failure. */
  public static <T> T run(DataSource dataSource, String store, Sql<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException(store + ": " + e.getMessage(), e);
    }
  }
}
