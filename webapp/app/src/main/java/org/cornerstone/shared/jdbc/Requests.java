package org.cornerstone.shared.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Several queries sent as one request (ADR 0036): a statement whose SQL holds them separated by
 * {@code ;}, which PgJDBC sends with one sync (one round trip) and PostgreSQL runs in order in the
 * caller's transaction, the parameters numbered across all of them.
 */
public final class Requests {
  /** Reads one row of a query's result. */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private Requests() {}

  /**
   * Executes the bound statement and reads the rows of each of its queries with the matching
   * element of {@code rows}, in order.
   */
  public static List<List<?>> read(PreparedStatement s, List<? extends Row<?>> rows)
      throws SQLException {
    boolean more = s.execute();
    List<List<?>> out = new ArrayList<>();
    for (Row<?> row : rows) {
      if (!more) {
        throw new SQLException("fewer results than queries in one request");
      }
      List<Object> read = new ArrayList<>();
      try (ResultSet rs = s.getResultSet()) {
        while (rs.next()) {
          read.add(row.read(rs));
        }
      }
      out.add(read);
      more = s.getMoreResults();
    }
    return out;
  }
}
