package org.cornerstone.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the integration-test database on the PostgreSQL server if it is missing (run by the build
 * before WildFly starts). Arguments: JDBC URL of the test database, user, password.
 */
public final class ItDatabase {
  private ItDatabase() {}

  public static void main(String[] args) throws SQLException {
    String url = args[0];
    String user = args[1];
    String password = args.length > 2 ? args[2] : "";
    int slash = url.lastIndexOf('/');
    String database = url.substring(slash + 1).replaceAll("\\?.*$", "");
    if (!database.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("Unexpected database name: " + database);
    }
    String admin = url.substring(0, slash + 1) + "postgres";
    try (Connection connection = DriverManager.getConnection(admin, user, password);
        Statement statement = connection.createStatement();
        ResultSet exists =
            statement.executeQuery(
                "select 1 from pg_database where datname = '" + database + "'")) {
      if (!exists.next()) {
        statement.execute("create database " + database);
        System.out.println("[cornerstone] created test database " + database);
      }
    }
  }
}
