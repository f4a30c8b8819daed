package org.cornerstone.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The README's run command ({@code ./mvnw -Prun -DskipTests package}): one supervisor that owns
 * every process it starts. It starts the embedded PostgreSQL (unless {@code DB_URL} is set), then
 * the provisioned WildFly with the app, and waits.
 *
 * <ul>
 *   <li>Ctrl-C (SIGINT) or SIGTERM to the command stops WildFly (gracefully, forcibly after a grace
 *       period) and then PostgreSQL: nothing stays behind on the ports.
 *   <li>If WildFly dies on its own (a crash, {@code kill -9}), the command says so, stops
 *       PostgreSQL cleanly and ends; running it again just works.
 *   <li>The server log and the server's data (transaction log, timers) live outside the provisioned
 *       server, under {@code .cornerstone/}, so re-provisioning on the next start does not delete
 *       them; WildFly rotates the log daily ({@code server.log.yyyy-MM-dd}).
 * </ul>
 *
 * <p>Arguments: {@code --home <project dir> --server <provisioned WildFly> [--war <file>]
 * [--http-port 8080] [--management-port 9990] [--db-port 55432]}. The management port is WildFly's
 * (jcmd and the CLI need it free); give a second server on the machine a port of its own.
 */
public final class RunCommand {
  static final String PREFIX = "[cornerstone] ";

  /** WildFly's exit code asking its launcher to start it again (a restart from the console). */
  static final int RESTART_CODE = 10;

  private static final Duration GRACE = Duration.ofSeconds(45);

  private final Options options;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private volatile EmbeddedPostgres postgres;
  private volatile Process server;

  RunCommand(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    new RunCommand(Options.parse(args)).run();
  }

  /** Where the command keeps what an operator needs across restarts. */
  record Options(
      Path home,
      Path serverHome,
      Path war,
      int httpPort,
      int managementPort,
      int dbPort,
      boolean embeddedDatabase) {
    Path dataDirectory() {
      return home.resolve(".cornerstone/pgdata");
    }

    Path logDirectory() {
      return home.resolve(".cornerstone/logs");
    }

    Path serverDataDirectory() {
      return home.resolve(".cornerstone/server-data");
    }

    static Options parse(String... args) {
      Map<String, String> named = new LinkedHashMap<>();
      for (int i = 0; i + 1 < args.length; i += 2) {
        if (!args[i].startsWith("--")) {
          throw new IllegalArgumentException("expected --name value, got " + args[i]);
        }
        named.put(args[i].substring(2), args[i + 1]);
      }
      Path home = Path.of(named.getOrDefault("home", ".")).toAbsolutePath().normalize();
      String war = named.get("war");
      return new Options(
          home,
          Path.of(named.getOrDefault("server", "webapp/app/target/server")).toAbsolutePath(),
          war == null || war.isBlank() ? null : Path.of(war).toAbsolutePath(),
          Integer.parseInt(named.getOrDefault("http-port", "8080")),
          Integer.parseInt(named.getOrDefault("management-port", "9990")),
          Integer.parseInt(named.getOrDefault("db-port", String.valueOf(DevDatabase.DEFAULT_PORT))),
          DevDatabase.needed(System.getenv()));
    }
  }

  void run() throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "cornerstone-stop"));
    Files.createDirectories(options.logDirectory());
    Files.createDirectories(options.serverDataDirectory());
    if (options.embeddedDatabase()) {
      stopLeftOverDatabase();
      postgres = DevDatabase.start(options.dataDirectory(), options.dbPort());
      say(
          "embedded PostgreSQL on 127.0.0.1:"
              + options.dbPort()
              + " (pid "
              + postmasterPid()
              + "), data in "
              + options.dataDirectory());
    } else {
      say("DB_URL is set: using " + System.getenv("DB_URL"));
    }
    deployWar();
    int exit;
    while (true) {
      if (stopping.get()) {
        return;
      }
      server = serverProcess().start();
      say(
          "WildFly starting (pid "
              + server.pid()
              + ") on http://localhost:"
              + options.httpPort()
              + "/, log in "
              + options.logDirectory().resolve("server.log"));
      exit = server.waitFor();
      if (exit != RESTART_CODE || stopping.get()) {
        break;
      }
      say("WildFly asked to be restarted: starting it again");
    }
    if (stopping.get()) {
      return; // the shutdown hook stops the rest and reports it
    }
    String why = describeExit(exit);
    say("WildFly (pid " + server.pid() + ") ended unexpectedly: " + why + ".");
    stopDatabase();
    throw new IllegalStateException(
        "WildFly ended unexpectedly ("
            + why
            + "); PostgreSQL was stopped cleanly. Data ("
            + options.dataDirectory()
            + ") and logs ("
            + options.logDirectory()
            + ") are kept: look at the log, then start the run command again.");
  }

  /** Exit code as an operator reads it: 137 is {@code kill -9}, 143 a SIGTERM. */
  static String describeExit(int exit) {
    if (exit > 128 && exit < 160) {
      int signal = exit - 128;
      String name =
          switch (signal) {
            case 9 -> "SIGKILL, e.g. kill -9 or the out-of-memory killer";
            case 15 -> "SIGTERM";
            case 2 -> "SIGINT";
            case 6 -> "SIGABRT, a JVM crash: see hs_err_pid*.log";
            default -> "signal " + signal;
          };
      return "exit code " + exit + ", killed by " + name;
    }
    return "exit code " + exit;
  }

  private void deployWar() throws IOException {
    if (options.war() == null) {
      return;
    }
    Path deployments = options.serverHome().resolve("standalone/deployments");
    Files.createDirectories(deployments);
    Files.copy(
        options.war(),
        deployments.resolve(options.war().getFileName()),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** {@code bin/standalone.sh} of the provisioned server, with logs and data kept outside it. */
  ProcessBuilder serverProcess() {
    List<String> command = new ArrayList<>();
    command.add(options.serverHome().resolve("bin/standalone.sh").toString());
    command.addAll(serverArguments());
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.directory(options.serverHome().toFile());
    builder.environment().putIfAbsent("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.awt.headless=true");
    // Not in the background mode of standalone.sh: its exit code is WildFly's own.
    builder.environment().remove("LAUNCH_JBOSS_IN_BACKGROUND");
    return builder;
  }

  List<String> serverArguments() {
    return List.of(
        "-Djboss.http.port=" + options.httpPort(),
        "-Djboss.management.http.port=" + options.managementPort(),
        "-Djboss.server.log.dir=" + options.logDirectory(),
        "-Djboss.server.data.dir=" + options.serverDataDirectory());
  }

  /** Every stop path ends here: stop WildFly first (it uses the database), then PostgreSQL. */
  void stopAll() {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    Process running = server;
    if (running != null && running.isAlive()) {
      say("stopping WildFly (pid " + running.pid() + ")");
      stopTree(running.toHandle());
      say("WildFly stopped");
    }
    stopDatabase();
  }

  private void stopDatabase() {
    EmbeddedPostgres database = postgres;
    postgres = null;
    if (database == null) {
      return;
    }
    try {
      database.close();
      say("PostgreSQL stopped");
    } catch (IOException | RuntimeException e) {
      say("PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }

  /** SIGTERM to the launcher script and its JVM, SIGKILL after the grace period. */
  public static void stopTree(ProcessHandle root) {
    List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
    tree.add(root);
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + GRACE.toNanos();
    for (ProcessHandle process : tree) {
      long left = deadline - System.nanoTime();
      try {
        process.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
      } catch (Exception notYet) {
        say("pid " + process.pid() + " did not stop in " + GRACE.toSeconds() + " s: killing it");
        process.destroyForcibly();
      }
    }
  }

  /**
   * A PostgreSQL left running on the data directory by a run command that was itself killed with
   * {@code kill -9} would make this start fail: stop it (SIGINT, PostgreSQL's fast shutdown).
   */
  private void stopLeftOverDatabase() throws InterruptedException {
    long pid = postmasterPid();
    ProcessHandle leftOver = pid > 0 ? ProcessHandle.of(pid).orElse(null) : null;
    if (leftOver == null || !leftOver.info().command().orElse("").contains("postgres")) {
      return;
    }
    say("PostgreSQL of an earlier run (pid " + pid + ") still runs on the data: stopping it");
    try {
      new ProcessBuilder("kill", "-INT", String.valueOf(pid)).inheritIO().start().waitFor();
      leftOver.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
    } catch (IOException
        | java.util.concurrent.ExecutionException
        | java.util.concurrent.TimeoutException e) {
      say("could not stop it: " + e.getMessage());
    }
  }

  private long postmasterPid() {
    try {
      String first = Files.readAllLines(options.dataDirectory().resolve("postmaster.pid")).get(0);
      return Long.parseLong(first.trim());
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static void say(String message) {
    System.out.println(PREFIX + message);
    System.out.flush();
  }
}
