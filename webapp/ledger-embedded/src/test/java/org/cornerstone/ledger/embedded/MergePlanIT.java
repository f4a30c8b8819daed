package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The log merge's lookups of pending ids in {@code ledger_transaction} (ADR 0035) are index probes
 * in the plan PostgreSQL keeps for a prepared statement, whatever the statistics: here the generic
 * plan made while {@code log_pending} was analyzed full and {@code ledger_transaction} was large.
 * As joins, those plans were a hash (anti-)join over a sequential scan of every transaction, at
 * every merge.
 */
class MergePlanIT {
  private static DataSource dataSource;

  @BeforeAll
  static void schema() {
    dataSource = TestDatabase.freshLedgerSchema();
    // statistics as a merge meets them: many transactions, and many waiting for the log
    TestDatabase.execute(
        dataSource,
        "insert into ledger.ledger_transaction (id, request_key, content, committed_at)"
            + " select 'SHA-256:' || lpad(to_hex(n), 64, '0'), 'k' || n, '\\x00', now()"
            + " from generate_series(1, 20000) n");
    TestDatabase.execute(
        dataSource,
        "insert into ledger.log_pending (transaction_id)"
            + " select id from ledger.ledger_transaction");
    TestDatabase.execute(dataSource, "analyze ledger.ledger_transaction");
    TestDatabase.execute(dataSource, "analyze ledger.log_pending");
  }

  @Test
  void aPendingIdWithoutItsTransactionIsFoundByIndexProbes() throws Exception {
    assertThat(genericPlan(TransactionLog.PENDING_MISSING))
        .noneMatch(line -> line.contains("Seq Scan on ledger_transaction"))
        .anyMatch(line -> line.contains("ledger_transaction_pkey"));
  }

  @Test
  void takingThePendingIdsLooksEachSequenceUpByItsKey() throws Exception {
    assertThat(genericPlan(TransactionLog.TAKE_PENDING))
        .noneMatch(line -> line.contains("Seq Scan on ledger_transaction"))
        .anyMatch(line -> line.contains("ledger_transaction_pkey"));
  }

  private static List<String> genericPlan(String sql) throws Exception {
    List<String> plan = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("set local plan_cache_mode = force_generic_plan");
      s.execute("prepare merge_step as " + sql);
      try (ResultSet rs = s.executeQuery("explain execute merge_step")) {
        while (rs.next()) {
          plan.add(rs.getString(1));
        }
      }
      c.rollback();
    }
    return plan;
  }
}
