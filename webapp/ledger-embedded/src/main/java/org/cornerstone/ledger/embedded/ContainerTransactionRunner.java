package org.cornerstone.ledger.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Joins the transaction the container already runs (JTA): borrows a connection from the managed
 * data source and never calls commit, rollback or setAutoCommit. The caller must run inside an
 * active transaction and roll it back when a {@link LedgerException} (a runtime exception) escapes.
 */
public final class ContainerTransactionRunner implements TransactionRunner {

  private final DataSource dataSource;

  public ContainerTransactionRunner(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public <T> T inTransaction(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.execute(connection);
    } catch (SQLException e) {
      throw new LedgerException(LedgerException.DATABASE_FAILURE + ": " + e.getMessage(), e);
    }
  }
}
