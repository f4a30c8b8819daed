package org.cornerstone.it;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cornerstone.dev.RunCommand;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * A further application node: the WildFly the build provisioned, started once more from a base
 * directory of its own (the suite server's configuration copied; its own data, log, transaction
 * store and deployments), with a port offset of its own, running the same WAR.
 *
 * <ul>
 *   <li>{@link #start()}: the second node of {@link TwoNodesIT} (issue 15), 200 above the suite's
 *       server, on the <em>same</em> database; what the Docker profile {@code two-nodes} runs as
 *       {@code app-node-2}, without Docker. Its node name (also the process engine's host name in
 *       Camunda's job log) and transaction node id differ from the first node's.
 *   <li>{@link #start(String, int, String, Map, Map)}: a node of its own, e.g. {@link
 *       CordaLedgerIT}'s server in Corda mode on a database of its own, which runs beside the
 *       suite's server.
 * </ul>
 */
final class SecondNode implements AutoCloseable {
  static final String NAME = "cornerstone-node-2";
  private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(10);

  private final Process process;
  private final Path baseDir;
  private final URL base;

  private SecondNode(Process process, Path baseDir, URL base) {
    this.process = process;
    this.baseDir = baseDir;
    this.base = base;
  }

  /** The node's root address. */
  URL base() {
    return base;
  }

  /**
   * Starts {@link TwoNodesIT}'s second node once the WAR is deployed on it (fails if it cannot).
   */
  static SecondNode start() throws Exception {
    return start(
        NAME,
        Integer.getInteger("it.port.offset", 100) + 200,
        System.getProperty("it.server.db.url"),
        Map.of(),
        Map.of());
  }

  /**
   * Starts a node named {@code name} (also its base directory, {@code target/<name>}) on the
   * database {@code dbUrl} with these extra system properties and environment variables; returns
   * once the WAR is deployed on it (fails if it cannot deploy).
   */
  static SecondNode start(
      String name,
      int offset,
      String dbUrl,
      Map<String, String> properties,
      Map<String, String> environment)
      throws Exception {
    Path home = Path.of(System.getProperty("cornerstone.server.dir", "target/server"));
    Path baseDir = Path.of(System.getProperty("it.nodes.dir", "target"), name).toAbsolutePath();
    deleteTree(baseDir);
    copyConfiguration(home.resolve("standalone/configuration"), baseDir.resolve("configuration"));
    // the suite server's own deployment (content in its data directory) is not this node's
    Path config = baseDir.resolve("configuration/standalone.xml");
    Files.writeString(
        config, Files.readString(config).replaceAll("(?s)<deployments>.*?</deployments>", ""));
    Path deployments = Files.createDirectories(baseDir.resolve("deployments"));
    // written aside, then moved in: the deployment scanner never sees half a WAR
    Path partial = baseDir.resolve("ROOT.war.partial");
    Deployments.war().as(ZipExporter.class).exportTo(partial.toFile(), true);
    Files.move(partial, deployments.resolve("ROOT.war"), StandardCopyOption.ATOMIC_MOVE);

    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/standalone.sh").toString());
    command.add("-Djboss.server.base.dir=" + baseDir);
    command.add("-Djboss.socket.binding.port-offset=" + offset);
    command.add("-Djboss.node.name=" + name);
    command.add("-Djboss.tx.node.id=" + name);
    command.add("-Dcornerstone.db.url=" + dbUrl);
    command.add("-Dcornerstone.db.user=" + System.getProperty("it.db.user", "postgres"));
    command.add("-Dcornerstone.db.password=" + System.getProperty("it.db.password", "postgres"));
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.directory(home.toFile());
    builder.environment().putAll(environment);
    builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.awt.headless=true");
    builder.environment().remove("LAUNCH_JBOSS_IN_BACKGROUND");
    builder.redirectErrorStream(true);
    builder.redirectOutput(baseDir.resolve("console.log").toFile());
    Process process = builder.start();
    SecondNode node =
        new SecondNode(process, baseDir, new URL("http://127.0.0.1:" + (8080 + offset) + "/"));
    try {
      node.awaitDeployment(deployments);
    } catch (Exception | AssertionError e) {
      node.close();
      throw e;
    }
    return node;
  }

  private void awaitDeployment(Path deployments) throws Exception {
    long deadline = System.nanoTime() + DEPLOY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(deployments.resolve("ROOT.war.deployed"))) {
        return;
      }
      Path failed = deployments.resolve("ROOT.war.failed");
      if (Files.exists(failed)) {
        throw new AssertionError(
            "The node could not deploy the WAR: " + Files.readString(failed) + tail());
      }
      if (!process.isAlive()) {
        throw new AssertionError("The node stopped with exit code " + process.exitValue() + tail());
      }
      Poll.pause();
    }
    throw new AssertionError("The node did not deploy within " + DEPLOY_TIMEOUT + tail());
  }

  /** The end of the node's console, for a failure message. */
  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(baseDir.resolve("console.log"));
    return "\n--- the node's console, "
        + baseDir
        + " (last lines) ---\n"
        + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  @Override
  public void close() {
    RunCommand.stopTree(process.toHandle());
  }

  private static void copyConfiguration(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path relative = from.relativize(file);
        // the running suite server writes its history there; not part of the configuration
        if (relative.startsWith("standalone_xml_history")) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
