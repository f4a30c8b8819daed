package org.cornerstone.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's stop paths, as an operator lives them, with the real embedded PostgreSQL and a
 * stand-in for WildFly ({@code bin/standalone.sh} that starts a child "JVM" and writes its log
 * where it is told): SIGTERM and SIGINT end every process; a server crash is reported as one, stops
 * PostgreSQL and a second start just works; the log survives restarts outside the server.
 */
class RunCommandIT {
  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final Pattern SERVER_PID = Pattern.compile("WildFly starting \\(pid (\\d+)\\)");
  private static final Pattern POSTGRES_PID =
      Pattern.compile("embedded PostgreSQL on 127\\.0\\.0\\.1:\\d+ \\(pid (\\d+)\\)");

  @TempDir Path home;
  Path serverHome;
  int dbPort;
  Process command;
  List<String> output;

  @BeforeEach
  void fakeServer() throws IOException {
    serverHome = home.resolve("webapp/app/target/server");
    Path bin = Files.createDirectories(serverHome.resolve("bin"));
    Path script = bin.resolve("standalone.sh");
    // Like standalone.sh: the launcher script runs the server JVM in the foreground and exits
    // with its exit code; the "JVM" here writes to jboss.server.log.dir and waits.
    Files.writeString(
        script,
        """
        #!/bin/sh
        for a in "$@"; do case "$a" in -Djboss.server.log.dir=*) LOG_DIR="${a#*=}";; esac; done
        echo "started $$ $*" >> "$LOG_DIR/server.log"
        sleep 600
        """);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    dbPort = freePort();
  }

  @AfterEach
  void cleanUp() {
    if (command != null && command.isAlive()) {
      command.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
      command.destroyForcibly();
    }
  }

  @Test
  void sigtermEndsWildFlyAndPostgres() throws Exception {
    start();
    long server = awaitPid(SERVER_PID);
    List<ProcessHandle> serverTree = tree(server);
    ProcessHandle postgres = ProcessHandle.of(awaitPid(POSTGRES_PID)).orElseThrow();

    command.destroy(); // SIGTERM, as a service manager or a closing terminal sends

    assertThat(command.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertGone(serverTree);
    assertGone(List.of(postgres));
    assertThat(portOpen(dbPort)).isFalse();
  }

  @Test
  void sigintEndsWildFlyAndPostgres() throws Exception {
    start();
    long server = awaitPid(SERVER_PID);
    List<ProcessHandle> serverTree = tree(server);
    ProcessHandle postgres = ProcessHandle.of(awaitPid(POSTGRES_PID)).orElseThrow();

    signal("INT", command.pid()); // Ctrl-C, delivered to the command alone

    assertThat(command.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertGone(serverTree);
    assertGone(List.of(postgres));
  }

  @Test
  void serverCrashIsReportedAndARestartJustWorks() throws Exception {
    start();
    long server = awaitPid(SERVER_PID);
    ProcessHandle postgres = ProcessHandle.of(awaitPid(POSTGRES_PID)).orElseThrow();
    ProcessHandle serverJvm = tree(server).get(0);

    signal("KILL", serverJvm.pid()); // kill -9 of the server JVM

    assertThat(command.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(command.exitValue()).isNotZero();
    String said = awaitLine("ended unexpectedly");
    assertThat(said).contains("exit code 137").contains("SIGKILL");
    assertGone(List.of(postgres));
    assertThat(portOpen(dbPort)).isFalse();

    // The operator starts the command again: same data directory, no lock left behind.
    start();
    long second = awaitPid(SERVER_PID);
    assertThat(second).isNotEqualTo(server);
    assertThat(portOpen(dbPort)).isTrue();
    command.destroy();
    assertThat(command.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

    // One log outside the (re-provisioned) server, with both starts in it.
    Path log = home.resolve(".cornerstone/logs/server.log");
    assertThat(Files.readAllLines(log)).hasSize(2);
    assertThat(serverHome.resolve("standalone/log")).doesNotExist();
  }

  private void start() throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    // env --default-signal: a command started in the background inherits SIGINT ignored; a
    // terminal's Ctrl-C reaches a foreground command with the default disposition.
    ProcessBuilder builder =
        new ProcessBuilder(
                "env",
                "--default-signal=INT",
                java,
                "-cp",
                System.getProperty("java.class.path"),
                RunCommand.class.getName(),
                "--home",
                home.toString(),
                "--server",
                serverHome.toString(),
                "--http-port",
                "0",
                "--db-port",
                String.valueOf(dbPort))
            .redirectErrorStream(true);
    builder.environment().remove("DB_URL");
    command = builder.start();
    output = new CopyOnWriteArrayList<>();
    Process reading = command;
    List<String> lines = output;
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(reading.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  System.out.println("  | " + line);
                  lines.add(line);
                }
              } catch (IOException ignored) {
                // the command ended
              }
            });
    reader.setDaemon(true);
    reader.start();
  }

  private long awaitPid(Pattern pattern) throws InterruptedException {
    Matcher matcher = pattern.matcher(awaitLine(pattern.pattern().substring(0, 12)));
    assertThat(matcher.find()).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  private String awaitLine(String fragment) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      for (String line : output) {
        if (line.contains(fragment)) {
          return line;
        }
      }
      if (!command.isAlive() && !output.isEmpty()) {
        Thread.sleep(500); // the reader drains what is left
        return output.stream()
            .filter(l -> l.contains(fragment))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("the run command ended without saying: " + fragment));
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the run command never said: " + fragment);
  }

  /** The launcher script and its children (the server JVM), once the JVM is up. */
  private static List<ProcessHandle> tree(long pid) throws InterruptedException {
    ProcessHandle root = ProcessHandle.of(pid).orElseThrow();
    for (int i = 0; i < 100 && root.children().findAny().isEmpty(); i++) {
      Thread.sleep(100);
    }
    List<ProcessHandle> tree = new java.util.ArrayList<>(root.descendants().toList());
    tree.add(root);
    assertThat(tree).hasSizeGreaterThan(1);
    return tree;
  }

  private static void assertGone(List<ProcessHandle> processes) throws Exception {
    for (ProcessHandle process : processes) {
      process.onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(process.isAlive()).as("pid %d still running", process.pid()).isFalse();
    }
  }

  private static void signal(String name, long pid) throws Exception {
    assertThat(new ProcessBuilder("kill", "-" + name, String.valueOf(pid)).start().waitFor())
        .isZero();
  }

  private static boolean portOpen(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
