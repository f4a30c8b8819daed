package org.cornerstone.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the integration-test database on the PostgreSQL server if it is missing (run by the build
 * before WildFly starts). Arguments: JDBC URL of the test database, user, password, and optionally
 * {@code fresh}: drop the database first, so the run starts from nothing (the Corda-mode server's
 * database, whose reconciliation reads every order against the stub's vaults).
 */
public final class ItDatabase {
  private ItDatabase() {}

  public static void main(String[] args) throws SQLException {
    // exec:java runs each execution in a class loader of its own, and DriverManager finds the
    // drivers by service loading only once per JVM: load the driver here so it registers itself
    try {
      Class.forName("org.postgresql.Driver");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The PostgreSQL JDBC driver is not on the class path", e);
    }
    String url = args[0];
    String user = args[1];
    String password = args.length > 2 ? args[2] : "";
    boolean fresh = args.length > 3 && "fresh".equals(args[3]);
    int slash = url.lastIndexOf('/');
    String database = url.substring(slash + 1).replaceAll("\\?.*$", "");
    if (!database.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("Unexpected database name: " + database);
    }
    String admin = url.substring(0, slash + 1) + "postgres";
    try (Connection connection = DriverManager.getConnection(admin, user, password);
        Statement statement = connection.createStatement()) {
      if (fresh) {
        statement.execute("drop database if exists " + database + " with (force)");
      }
      create(statement, database);
    }
  }

  private static void create(Statement statement, String database) throws SQLException {
    try (ResultSet exists =
        statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
      if (!exists.next()) {
        statement.execute("create database " + database);
        System.out.println("[cornerstone] created test database " + database);
      }
    }
  }
}
