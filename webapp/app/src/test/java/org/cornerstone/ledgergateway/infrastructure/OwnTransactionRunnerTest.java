package org.cornerstone.ledgergateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.transaction.Status;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.cornerstone.ledger.embedded.LedgerException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/**
 * The key store's transactions are its own: the caller's transaction is suspended, the work runs
 * and commits in a new one, the caller's is resumed; a failure rolls back only the new one.
 */
class OwnTransactionRunnerTest {
  private final TransactionManager manager = mock(TransactionManager.class);
  private final DataSource dataSource = mock(DataSource.class);
  private final Connection connection = mock(Connection.class);
  private final Transaction callers = mock(Transaction.class);
  private final OwnTransactionRunner runner = new OwnTransactionRunner(dataSource, manager);

  @BeforeEach
  void wire() throws Exception {
    when(dataSource.getConnection()).thenReturn(connection);
    when(manager.getStatus()).thenReturn(Status.STATUS_ACTIVE);
    when(manager.suspend()).thenReturn(callers);
  }

  @Test
  void theWorkCommitsInATransactionOfItsOwnBetweenSuspendAndResume() throws Exception {
    String result = runner.inTransaction(c -> c == connection ? "stored" : "wrong connection");

    assertThat(result).isEqualTo("stored");
    InOrder order = inOrder(manager, dataSource, connection);
    order.verify(manager).suspend();
    order.verify(manager).begin();
    order.verify(dataSource).getConnection();
    order.verify(connection).close();
    order.verify(manager).commit();
    order.verify(manager).resume(callers);
    verify(manager, never()).rollback();
  }

  @Test
  void aFailureRollsBackOnlyItsOwnTransactionAndTheCallersIsResumed() throws Exception {
    assertThatThrownBy(
            () ->
                runner.inTransaction(
                    c -> {
                      throw new SQLException("duplicate key");
                    }))
        .isInstanceOf(LedgerException.class)
        .hasMessageContaining("duplicate key");
    verify(manager).rollback();
    verify(manager, never()).commit();
    verify(manager).resume(callers);
    verify(callers, never()).rollback();
  }

  @Test
  void withoutACallersTransactionNothingIsSuspended() throws Exception {
    when(manager.getStatus()).thenReturn(Status.STATUS_NO_TRANSACTION);
    runner.inTransaction(c -> 1);
    verify(manager, never()).suspend();
    verify(manager).commit();
  }
}
