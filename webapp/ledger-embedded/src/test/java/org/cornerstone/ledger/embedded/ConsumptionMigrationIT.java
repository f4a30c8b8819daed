package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V3 moves consumption from {@code state.consumed_by} to {@code ledger.consumption}, losslessly.
 */
class ConsumptionMigrationIT {

  @Test
  void consumptionsRecordedUnderV2SurviveTheMigrationAndStayUnique() {
    DataSource dataSource = TestDatabase.freshLedgerSchema(); // creates the database if missing
    TestDatabase.execute(dataSource, "drop schema if exists ledger cascade");
    flyway(dataSource).target("2").load().migrate();
    TestDatabase.execute(
        dataSource,
        "insert into ledger.ledger_transaction (id, request_key, content, committed_at) values"
            + " ('SHA-256:01', 'k1', '\\x00', now()), ('SHA-256:02', 'k2', '\\x00', now())");
    TestDatabase.execute(
        dataSource,
        "insert into ledger.state (transaction_id, output_index, state_type, contract_type,"
            + " state_json, holder_key, asset_id, consumed_by) values"
            + " ('SHA-256:01', 0, 't', 'c', '{}', 'h', 'a', 'SHA-256:02'),"
            + " ('SHA-256:01', 1, 't', 'c', '{}', 'h', 'a', null)");

    assertThat(flyway(dataSource).target("3").load().migrate().migrationsExecuted).isEqualTo(1);

    assertThat(
            TestDatabase.count(
                dataSource,
                "select count(*) from ledger.consumption where transaction_id = 'SHA-256:01'"
                    + " and output_index = 0 and consumed_by = 'SHA-256:02'"))
        .isEqualTo(1);
    assertThat(TestDatabase.count(dataSource, "select count(*) from ledger.consumption"))
        .isEqualTo(1);
    assertThat(
            TestDatabase.count(
                dataSource,
                "select count(*) from information_schema.columns where table_schema = 'ledger'"
                    + " and table_name = 'state' and column_name = 'consumed_by'"))
        .isZero();
    // the primary key refuses a second consumption of the same state
    assertThat(
            TestDatabase.count(
                dataSource,
                "with c as (insert into ledger.consumption values ('SHA-256:01', 0, 'SHA-256:01')"
                    + " on conflict do nothing returning 1) select count(*) from c"))
        .isZero();
  }

  static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource) {
    return Flyway.configure(LedgerSchema.class.getClassLoader())
        .dataSource(dataSource)
        .schemas(LedgerSchema.SCHEMA)
        .defaultSchema(LedgerSchema.SCHEMA)
        .createSchemas(true)
        .table("flyway_schema_history")
        .locations(LedgerSchema.LOCATION);
  }
}
