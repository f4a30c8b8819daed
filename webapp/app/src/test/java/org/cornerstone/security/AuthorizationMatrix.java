package org.cornerstone.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;

/**
 * The authorization matrix of {@code authorization-matrix.csv}: one row per REST endpoint and per
 * Vaadin route, one expected status per role column and for nobody. The role columns stand for the
 * role's demo user, whose roles are given here as in the demo data.
 */
public final class AuthorizationMatrix {
  public static final String ANONYMOUS = "ANONYMOUS";

  /** A role column: the demo user who plays it and that user's roles. */
  public record Column(String name, String user, Set<Role> roles) {
    public Actor actor() {
      return new Actor(user, user, "org", roles);
    }
  }

  /** The role columns, in the table's order (ANONYMOUS is the last column, not listed here). */
  public static final List<Column> COLUMNS =
      List.of(
          new Column("ORIGINATOR", "olivia", Set.of(Role.ORIGINATOR)),
          new Column("TRUSTEE", "tom", Set.of(Role.TRUSTEE)),
          new Column("SENIOR_TRUSTEE", "sam", Set.of(Role.TRUSTEE, Role.SENIOR_TRUSTEE)),
          new Column("COMPLIANCE", "carl", Set.of(Role.COMPLIANCE)),
          new Column("LEGAL", "lena", Set.of(Role.LEGAL)),
          new Column("VALUER", "victor", Set.of(Role.VALUER)),
          new Column("INVESTOR", "ivan", Set.of(Role.INVESTOR)),
          new Column("REGISTRAR", "rita", Set.of(Role.REGISTRAR)),
          new Column("SETTLEMENT_BANK", "bella", Set.of(Role.SETTLEMENT_BANK)),
          new Column("ADMIN", "ada", Set.of(Role.ADMIN)),
          new Column("AUDITOR", "audrey", Set.of(Role.AUDITOR)),
          new Column("SERVICER", "silas", Set.of(Role.SERVICER)),
          new Column("DEBTOR", "derek", Set.of(Role.DEBTOR)),
          new Column("SUPPLIER", "suki", Set.of(Role.SUPPLIER)),
          new Column("FINANCIER", "fiona", Set.of(Role.FINANCIER)),
          new Column("STRUCTURER", "arthur", Set.of(Role.STRUCTURER)));

  /** One line of the table. {@code expected} maps each column name (and ANONYMOUS) to a status. */
  public record Row(
      String surface,
      String method,
      String path,
      String target,
      String body,
      Map<String, Integer> expected) {
    public String key() {
      return surface.equals("rest") ? method + " " + path : "route " + path;
    }

    @Override
    public String toString() {
      return key();
    }
  }

  private AuthorizationMatrix() {}

  public static List<Row> rows() {
    InputStream in =
        AuthorizationMatrix.class.getClassLoader().getResourceAsStream("authorization-matrix.csv");
    if (in == null) {
      throw new IllegalStateException("authorization-matrix.csv is not on the test class path");
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = null;
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = Arrays.asList(line.split(",", -1));
        if (header == null) {
          header = cells;
          checkHeader(header);
          continue;
        }
        if (cells.size() != header.size()) {
          throw new IllegalStateException(
              "authorization-matrix.csv line " + number + " has " + cells.size() + " cells");
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int i = 5; i < header.size(); i++) {
          expected.put(header.get(i), Integer.parseInt(cells.get(i).strip()));
        }
        rows.add(
            new Row(
                cells.get(0).strip(),
                cells.get(1).strip(),
                cells.get(2).strip(),
                cells.get(3).strip(),
                cells.get(4).strip(),
                expected));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static void checkHeader(List<String> header) {
    List<String> columns = new ArrayList<>(List.of("surface", "method", "path", "target", "body"));
    COLUMNS.forEach(c -> columns.add(c.name()));
    columns.add(ANONYMOUS);
    if (!header.equals(columns)) {
      throw new IllegalStateException("authorization-matrix.csv header must be " + columns);
    }
    // every role of the platform has a column
    for (Role role : Role.values()) {
      if (!header.contains(role.name())) {
        throw new IllegalStateException("authorization-matrix.csv has no column for " + role);
      }
    }
  }

  public static List<Row> of(String surface) {
    return rows().stream().filter(r -> r.surface().equals(surface)).toList();
  }
}
