package org.cornerstone.ledger.embedded;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Creates and migrates the ledger's PostgreSQL schema {@value #SCHEMA} with Flyway. */
public final class LedgerSchema {

  /** The PostgreSQL schema holding every ledger table and the Flyway history table. */
  public static final String SCHEMA = "ledger";

  /** Where the migrations live on the classpath. */
  public static final String LOCATION = "classpath:db/ledger";

  private LedgerSchema() {}

  /**
   * Applies pending migrations. Call once at startup, outside any JTA transaction: Flyway manages
   * its own transactions.
   *
   * @return the number of migrations applied
   */
  public static int migrate(DataSource dataSource) {
    return Flyway.configure(LedgerSchema.class.getClassLoader())
        .dataSource(dataSource)
        .schemas(SCHEMA)
        .defaultSchema(SCHEMA)
        .createSchemas(true)
        .table("flyway_schema_history")
        .locations(LOCATION)
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
