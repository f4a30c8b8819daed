package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbcTransactionRunnerIT {

  private static DataSource dataSource;

  @BeforeAll
  static void schema() {
    dataSource = TestDatabase.freshLedgerSchema();
    TestDatabase.execute(dataSource, "create table ledger.runner_probe (value text)");
  }

  @Test
  void commitsWorkThatReturns() {
    new JdbcTransactionRunner(dataSource).inTransaction(connection -> insert(connection, "kept"));

    assertThat(probe("kept")).isEqualTo(1);
  }

  @Test
  void rollsBackWorkThatThrows() {
    JdbcTransactionRunner runner = new JdbcTransactionRunner(dataSource);

    assertThatThrownBy(
            () ->
                runner.inTransaction(
                    connection -> {
                      insert(connection, "dropped");
                      throw new LedgerException("refused");
                    }))
        .hasMessage("refused");
    assertThat(probe("dropped")).isZero();
  }

  @Test
  void sqlFailuresBecomeLedgerExceptions() {
    assertThatThrownBy(
            () ->
                new JdbcTransactionRunner(dataSource)
                    .inTransaction(connection -> insert(connection, "x' syntax error")))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith(LedgerException.DATABASE_FAILURE);
  }

  private static int insert(java.sql.Connection connection, String value)
      throws java.sql.SQLException {
    try (Statement statement = connection.createStatement()) {
      return statement.executeUpdate(
          "insert into ledger.runner_probe (value) values ('" + value + "')");
    }
  }

  private static long probe(String value) {
    return TestDatabase.count(
        dataSource, "select count(*) from ledger.runner_probe where value = '" + value + "'");
  }
}
