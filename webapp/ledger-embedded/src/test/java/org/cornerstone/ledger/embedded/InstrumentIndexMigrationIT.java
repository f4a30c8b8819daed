package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * V4 replaces the index column {@code asset_id} by {@code instrument_id}, filled from each stored
 * state's {@code instrumentId} property by the rule the ledger writes and the audit checks.
 */
class InstrumentIndexMigrationIT {

  @Test
  void existingStatesAreIndexedByTheirInstrumentIdAndTheAssetIdColumnIsGone() {
    DataSource dataSource = TestDatabase.freshLedgerSchema(); // creates the database if missing
    TestDatabase.execute(dataSource, "drop schema if exists ledger cascade");
    ConsumptionMigrationIT.flyway(dataSource).target("3").load().migrate();
    TestDatabase.execute(
        dataSource,
        "insert into ledger.ledger_transaction (id, request_key, content, committed_at) values"
            + " ('SHA-256:01', 'k1', '\\x00', now())");
    TestDatabase.execute(
        dataSource,
        "insert into ledger.state (transaction_id, output_index, state_type, contract_type,"
            + " state_json, holder_key, asset_id) values"
            + " ('SHA-256:01', 0, 't', 'c', '{\"instrumentId\":\"ins-1\",\"quantity\":5}', 'h',"
            + " null),"
            + " ('SHA-256:01', 1, 't', 'c', '{\"assetId\":\"asset-1\"}', 'h', 'asset-1'),"
            + " ('SHA-256:01', 2, 't', 'c', '{\"assetId\":\"asset-2\",\"instrumentId\":\"ins-2\"}',"
            + " 'h', 'asset-2'),"
            + " ('SHA-256:01', 3, 't', 'c', '{\"instrumentId\":{\"id\":\"x\"}}', 'h', null)");

    assertThat(LedgerSchema.migrate(dataSource))
        .isEqualTo(5); // V4, V5 (the log), V6 (consents), V7 (unique receivables), V8 (pending)

    assertThat(instrumentOf(dataSource, 0)).isEqualTo("ins-1");
    assertThat(instrumentOf(dataSource, 1)).isNull(); // only an assetId: not an instrument
    assertThat(instrumentOf(dataSource, 2)).isEqualTo("ins-2");
    assertThat(instrumentOf(dataSource, 3)).isNull(); // not a value: not indexed
    assertThat(
            TestDatabase.count(
                dataSource,
                "select count(*) from information_schema.columns where table_schema = 'ledger'"
                    + " and table_name = 'state' and column_name = 'asset_id'"))
        .isZero();
    assertThat(
            TestDatabase.count(
                dataSource,
                "select count(*) from pg_indexes where schemaname = 'ledger' and indexname in"
                    + " ('state_by_instrument', 'state_by_holder_instrument')"))
        .isEqualTo(2);
    // V5 entered the existing transaction into the log, without a head (the next commit signs one)
    assertThat(
            TestDatabase.count(
                dataSource,
                "select count(*) from ledger.log_leaf where leaf_index = 0"
                    + " and transaction_id = 'SHA-256:01'"
                    + " and leaf_hash = sha256('\\x0001'::bytea)"))
        .isEqualTo(1);
    assertThat(TestDatabase.count(dataSource, "select tree_size from ledger.log_tail"))
        .isEqualTo(1);
    // V6: consents are required only after the transactions already there (ADR 0019)
    assertThat(TestDatabase.count(dataSource, "select required_after from ledger.consent_rule"))
        .isEqualTo(TestDatabase.count(dataSource, "select max(seq) from ledger.ledger_transaction"))
        .isPositive();
  }

  private static String instrumentOf(DataSource dataSource, int outputIndex) {
    try (var connection = dataSource.getConnection();
        var select =
            connection.prepareStatement(
                "select instrument_id from ledger.state where transaction_id = 'SHA-256:01'"
                    + " and output_index = ?")) {
      select.setInt(1, outputIndex);
      try (var row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
