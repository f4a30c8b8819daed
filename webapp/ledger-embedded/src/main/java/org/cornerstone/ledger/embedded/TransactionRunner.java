package org.cornerstone.ledger.embedded;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs ledger work in one database transaction. {@link JdbcTransactionRunner} commits and rolls
 * back itself; {@link ContainerTransactionRunner} joins the caller's (JTA) transaction instead.
 */
public interface TransactionRunner {

  /**
   * Runs {@code work} on a connection inside one transaction. If the work throws, nothing it wrote
   * may be committed.
   */
  <T> T inTransaction(Work<T> work);

  /** A unit of work on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T execute(Connection connection) throws SQLException;
  }
}
