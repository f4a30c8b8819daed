package org.cornerstone.ledgergateway.infrastructure;

import jakarta.transaction.Status;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.cornerstone.ledger.embedded.LedgerException;
import org.cornerstone.ledger.embedded.TransactionRunner;

/**
 * Runs work in a JTA transaction of its own, committed before the caller goes on, whatever the
 * caller's transaction does later (the caller's is suspended meanwhile): "requires new".
 *
 * <p>For the ledger's key store ({@code PartyDirectory}): it remembers a party's key pair in memory
 * once it has stored it. Stored inside the caller's transaction, a rollback of that transaction (a
 * refused request that only read the ledger) removed the row while the key stayed in memory: the
 * node then signed with a key it had not kept, and the notary's public key was missing for proofs.
 * A key pair is now stored and committed on its own before anyone uses it.
 */
final class OwnTransactionRunner implements TransactionRunner {
  private final DataSource dataSource;
  private final TransactionManager transactions;

  OwnTransactionRunner(DataSource dataSource, TransactionManager transactions) {
    this.dataSource = dataSource;
    this.transactions = transactions;
  }

  @Override
  public <T> T inTransaction(Work<T> work) {
    Transaction callers = null;
    try {
      if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
        callers = transactions.suspend();
      }
      transactions.begin();
      T result;
      try (Connection connection = dataSource.getConnection()) {
        result = work.execute(connection);
      } catch (SQLException | RuntimeException e) {
        transactions.rollback();
        throw e instanceof SQLException sql
            ? new LedgerException(LedgerException.DATABASE_FAILURE + ": " + sql.getMessage(), sql)
            : (RuntimeException) e;
      }
      transactions.commit();
      return result;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new LedgerException(LedgerException.DATABASE_FAILURE + ": " + e.getMessage(), e);
    } finally {
      if (callers != null) {
        try {
          transactions.resume(callers);
        } catch (Exception e) {
          throw new IllegalStateException("Could not resume the caller's transaction", e);
        }
      }
    }
  }
}
