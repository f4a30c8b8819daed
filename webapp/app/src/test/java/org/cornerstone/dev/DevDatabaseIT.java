package org.cornerstone.dev;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's embedded PostgreSQL keeps its data across restarts, and runs durable (starts
 * PostgreSQL: an integration test).
 */
class DevDatabaseIT {
  @TempDir Path data;

  @Test
  void keepsDataAcrossRestarts() throws Exception {
    int port = freePort();
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/" + DevDatabase.DATABASE;
    try (EmbeddedPostgres first = DevDatabase.start(data, port);
        Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("create table kept (id int)");
      s.execute("insert into kept values (42)");
    }
    try (EmbeddedPostgres second = DevDatabase.start(data, port);
        Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("select id from kept")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getInt(1)).isEqualTo(42);
    }
  }

  @Test
  void runsWithFsyncSynchronousCommitAndFullPageWritesOn() throws Exception {
    int port = freePort();
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/" + DevDatabase.DATABASE;
    try (EmbeddedPostgres postgres = DevDatabase.start(data, port);
        Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement()) {
      for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
        try (ResultSet value = s.executeQuery("show " + setting)) {
          assertThat(value.next()).isTrue();
          assertThat(value.getString(1)).as(setting).isEqualTo("on");
        }
      }
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
