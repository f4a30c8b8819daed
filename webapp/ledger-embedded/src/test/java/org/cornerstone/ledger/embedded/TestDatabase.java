package org.cornerstone.ledger.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The test PostgreSQL database (env CORNERSTONE_TEST_DB_URL/_USER/_PASSWORD). */
final class TestDatabase {

  static final String URL =
      env("CORNERSTONE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/cornerstone_ledger_test");
  static final String USER = env("CORNERSTONE_TEST_DB_USER", "postgres");
  static final String PASSWORD = env("CORNERSTONE_TEST_DB_PASSWORD", "");

  private TestDatabase() {}

  static DataSource dataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(URL);
    dataSource.setUser(USER);
    dataSource.setPassword(PASSWORD);
    return dataSource;
  }

  /** Drops schema {@code ledger} and migrates it again: each test class starts empty. */
  static DataSource freshLedgerSchema() {
    createDatabaseIfMissing();
    DataSource dataSource = dataSource();
    execute(dataSource, "drop schema if exists ledger cascade");
    LedgerSchema.migrate(dataSource);
    return dataSource;
  }

  static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  static long count(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        var row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static void createDatabaseIfMissing() {
    int slash = URL.lastIndexOf('/');
    int query = URL.indexOf('?', slash);
    String name = query < 0 ? URL.substring(slash + 1) : URL.substring(slash + 1, query);
    String adminUrl = URL.substring(0, slash + 1) + "postgres";
    try (Connection connection = DriverManager.getConnection(adminUrl, USER, PASSWORD);
        var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      check.setString(1, name);
      try (var row = check.executeQuery()) {
        if (!row.next()) {
          try (Statement create = connection.createStatement()) {
            create.execute("create database \"" + name.replace("\"", "") + "\"");
          }
        }
      }
    } catch (SQLException e) {
      // no admin access: the database must already exist, which the next step will show
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
