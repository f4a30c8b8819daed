package org.cornerstone.trading.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.Test;

class OrderEntryTransientFailureTest {
  @Test
  void aDeadlockOrASerializationConflictAnywhereInTheCausesIsTriedAgain() {
    // as JdbcCashAccounts reports PostgreSQL breaking a deadlock (TwoNodesIT's first run)
    var deadlock =
        new IllegalStateException(
            "Could not lock the cash accounts: ERROR: deadlock detected",
            new SQLException("ERROR: deadlock detected", "40P01"));
    assertThat(OrderEntry.transientFailure(deadlock)).isTrue();
    assertThat(
            OrderEntry.transientFailure(
                new RuntimeException(
                    new IllegalStateException(new SQLException("could not serialize", "40001")))))
        .isTrue();
  }

  @Test
  void anythingElseIsTheOrdersAnswer() {
    assertThat(OrderEntry.transientFailure(new ValidationException("Quantity must be positive.")))
        .isFalse();
    assertThat(
            OrderEntry.transientFailure(
                new IllegalStateException(new SQLException("duplicate key", "23505"))))
        .isFalse();
    assertThat(OrderEntry.transientFailure(new IllegalStateException(new SQLException("no state"))))
        .isFalse();
  }
}
