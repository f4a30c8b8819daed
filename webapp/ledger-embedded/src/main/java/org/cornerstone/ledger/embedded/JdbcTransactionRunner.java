package org.cornerstone.ledger.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Manages a local JDBC transaction per call: for tests, tools and non-managed data sources. Never
 * use it with a container-managed (JTA) data source.
 */
public final class JdbcTransactionRunner implements TransactionRunner {

  private final DataSource dataSource;

  public JdbcTransactionRunner(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public <T> T inTransaction(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.execute(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new LedgerException(LedgerException.DATABASE_FAILURE + ": " + e.getMessage(), e);
    }
  }
}
