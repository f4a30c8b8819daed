package org.cornerstone.ledger.embedded;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Whether the ledger's PostgreSQL keeps what it acknowledges (ADR 0020). A commit the ledger
 * reports as done must survive a crash of the database server and of the machine; PostgreSQL
 * promises that only with {@code fsync} on (WAL and data reach the disk), {@code
 * synchronous_commit} not {@code off} (a commit is acknowledged after its WAL is flushed) and
 * {@code full_page_writes} on (a page torn by a power loss can be repaired from the WAL). The
 * ledger reads the three with {@code SHOW} on its own connection when it starts, and refuses to
 * start if any is off, unless it was built with {@link Policy#ALLOW_NON_DURABLE}, a development
 * flag: then it warns at every start.
 *
 * <p>{@code SHOW} reports the value the ledger's session runs with, so a setting made for the
 * database or the role ({@code ALTER DATABASE … SET synchronous_commit = off}) is seen; a {@code
 * SET} made later in a session is not.
 */
public final class LedgerDurability {

  /** The settings read, in the order reported. */
  public static final List<String> SETTINGS =
      List.of("fsync", "synchronous_commit", "full_page_writes");

  /** The start of the refusal's message. */
  public static final String REFUSED = "The ledger refuses to start: its database is not durable";

  /** The start of the warning when {@link Policy#ALLOW_NON_DURABLE} lets the ledger start. */
  public static final String WARNING =
      "THE LEDGER RUNS ON A NON-DURABLE DATABASE (development flag set):"
          + " acknowledged transactions can be lost in a crash";

  private static final Logger LOG = Logger.getLogger(LedgerDurability.class.getName());

  /** What the ledger does when its database is not durable. */
  public enum Policy {
    /** Refuse to start (the default). */
    REQUIRE_DURABLE,
    /** Start with a warning: for development only, never for data anyone relies on. */
    ALLOW_NON_DURABLE
  }

  /**
   * The decision over the settings read: {@code problems} name each setting that is off and how to
   * turn it on; none means the database is durable.
   */
  public record Decision(Map<String, String> settings, List<String> problems, Policy policy) {
    public Decision {
      settings = Map.copyOf(settings);
      problems = List.copyOf(problems);
      Objects.requireNonNull(policy, "policy");
    }

    /** Whether every setting keeps acknowledged commits. */
    public boolean durable() {
      return problems.isEmpty();
    }

    /** Whether the ledger must not start. */
    public boolean refused() {
      return !durable() && policy == Policy.REQUIRE_DURABLE;
    }

    /** The refusal's or the warning's text; empty when durable. */
    public String message() {
      if (durable()) {
        return "";
      }
      String problemText = String.join("; ", problems);
      return refused()
          ? REFUSED
              + ". "
              + problemText
              + ". Turn the setting on (postgresql.conf, ALTER SYSTEM, or the ALTER DATABASE /"
              + " ALTER ROLE that turned it off, then reload), or, for development only, start"
              + " the ledger with its non-durable development flag."
          : WARNING + ". " + problemText + ".";
    }
  }

  private LedgerDurability() {}

  /**
   * Decides over settings as {@code SHOW} reports them ({@code on}/{@code off}; {@code
   * synchronous_commit} also {@code local}, {@code remote_write}, {@code remote_apply}, all of
   * which flush the local WAL before acknowledging). A setting missing from {@code settings} is a
   * problem: it could not be read.
   */
  public static Decision decide(Map<String, String> settings, Policy policy) {
    List<String> problems = new ArrayList<>();
    for (String name : SETTINGS) {
      String value = settings.get(name);
      if (value == null) {
        problems.add(name + " could not be read");
        continue;
      }
      String normalised = value.trim().toLowerCase(java.util.Locale.ROOT);
      boolean durable =
          name.equals("synchronous_commit") ? !normalised.equals("off") : normalised.equals("on");
      if (!durable) {
        problems.add(name + " is " + value + " (must be " + (mustBe(name)) + ")");
      }
    }
    return new Decision(settings, problems, policy);
  }

  private static String mustBe(String name) {
    return name.equals("synchronous_commit") ? "on, local, remote_write or remote_apply" : "on";
  }

  /** The settings as {@code SHOW} reports them on this connection. */
  public static Map<String, String> read(Connection connection) throws SQLException {
    Map<String, String> settings = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement()) {
      for (String name : SETTINGS) {
        try (ResultSet row = statement.executeQuery("show " + name)) {
          if (row.next()) {
            settings.put(name, row.getString(1));
          }
        }
      }
    }
    return settings;
  }

  /**
   * Reads the settings on {@code connection} and decides: logs a warning when the policy lets a
   * non-durable database through (at every call), and throws when it does not.
   *
   * @throws NonDurableDatabaseException if the database is not durable and the policy is {@link
   *     Policy#REQUIRE_DURABLE}
   */
  public static Decision check(Connection connection, Policy policy) throws SQLException {
    Decision decision = decide(read(connection), policy);
    if (decision.refused()) {
      throw new NonDurableDatabaseException(decision);
    }
    if (!decision.durable()) {
      LOG.warning(
          "\n**********************************************************************\n"
              + decision.message()
              + "\n**********************************************************************");
    }
    return decision;
  }

  /** The ledger's database is not durable and the ledger was not told to accept that. */
  public static final class NonDurableDatabaseException extends LedgerException {
    private static final long serialVersionUID = 1L;

    private final transient Decision decision;

    NonDurableDatabaseException(Decision decision) {
      super(decision.message());
      this.decision = decision;
    }

    public Decision decision() {
      return decision;
    }
  }
}
