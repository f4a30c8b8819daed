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
 * created on first start. It stops when the Maven run ends.
 */
public final class DevDatabase {
  public static final int DEFAULT_PORT = 55432;
  public static final String DATABASE = "cornerstone";

  private DevDatabase() {}

  public static void main(String[] args) throws IOException, SQLException {
    Path dataDirectory = Path.of(args.length > 0 ? args[0] : ".cornerstone/pgdata");
    if (!needed(System.getenv())) {
      System.out.println("[cornerstone] DB_URL is set: using " + System.getenv("DB_URL"));
      return;
    }
    EmbeddedPostgres postgres = start(dataDirectory, DEFAULT_PORT);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    postgres.close();
                  } catch (IOException e) {
                    System.err.println(
                        "[cornerstone] could not stop PostgreSQL: " + e.getMessage());
                  }
                }));
    System.out.println(
        "[cornerstone] embedded PostgreSQL on 127.0.0.1:"
            + DEFAULT_PORT
            + ", data in "
            + dataDirectory.toAbsolutePath());
  }

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
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .start();
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
