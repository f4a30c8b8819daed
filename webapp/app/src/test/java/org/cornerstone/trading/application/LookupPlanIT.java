package org.cornerstone.trading.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.cornerstone.cash.domain.CashAccounts;
import org.cornerstone.cash.infrastructure.JdbcCashAccounts;
import org.cornerstone.trading.domain.TokenAccounts;
import org.cornerstone.trading.infrastructure.JdbcTokenAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Order entry's lookups of a batch's reservation keys and of the active reservations of its
 * accounts (ADR 0035) read only the rows they name in the plan PostgreSQL keeps for a prepared
 * statement: here the generic plan, made after {@code analyze} with 20,000 active reservations of
 * cash and of tokens (200 accounts each). Written as a join, the sums' plan scanned every active
 * reservation of the table at each batch (this test fails on those statements); since ADR 0037 the
 * totals are read from the account rows, by key as well. The statements are the ones the stores
 * send (recorded on the way). The lookups of orders by key and by id are index scans in this set-up
 * with either form; their plans went wrong only when they were kept from a nearly empty table (the
 * benchmark's case, README), which this test does not rebuild.
 */
class LookupPlanIT {
  private static final String HOLDER = "CN=Plan Holder ";

  @BeforeAll
  static void largeTables() throws Exception {
    TradingHarness.schema();
    TradingHarness.reset();
    // 200 holders with 100 active reservations each, of cash and of tokens
    TradingHarness.sql(
        "insert into cash_account (holder, currency, created_at)"
            + " select ? || n, 'CNY', now() from generate_series(0, 199) n",
        HOLDER);
    TradingHarness.sql(
        "insert into cash_reservation (reservation_key, holder, currency, amount_minor, purpose,"
            + " status, created_at) select 'cash-' || n, ? || (n % 200), 'CNY', 100, 'plan',"
            + " 'ACTIVE', now() from generate_series(1, 20000) n",
        HOLDER);
    TradingHarness.sql(
        "insert into token_account (holder, instrument_id, created_at)"
            + " select ? || n, 'PLAN-1', now() from generate_series(0, 199) n",
        HOLDER);
    TradingHarness.sql(
        "insert into token_reservation (reservation_key, holder, instrument_id, quantity, purpose,"
            + " status, created_at) select 'tokens-' || n, ? || (n % 200), 'PLAN-1', 1, 'plan',"
            + " 'ACTIVE', now() from generate_series(1, 20000) n",
        HOLDER);
    TradingHarness.sql("analyze");
  }

  @org.junit.jupiter.api.AfterAll
  static void emptyAgain() throws Exception {
    TradingHarness.reset();
  }

  @Test
  void cashReservationKeysAndSumsReadOnlyTheirOwnRows() throws Exception {
    CashAccounts.Account account = new CashAccounts.Account(HOLDER + 7, "CNY");
    assertThat(planOf(ds -> new JdbcCashAccounts(ds).findAll(Set.of("cash-1"))))
        .noneMatch(l -> l.contains("Seq Scan on cash_reservation"));
    assertThat(planOf(ds -> new JdbcCashAccounts(ds).activeReservedMinor(List.of(account))))
        .noneMatch(l -> l.contains("Seq Scan on cash_reservation"))
        .anyMatch(l -> l.contains("Index Cond") && l.contains("holder"));
  }

  @Test
  void tokenReservationKeysAndSumsReadOnlyTheirOwnRows() throws Exception {
    TokenAccounts.Account account = new TokenAccounts.Account(HOLDER + 7, "PLAN-1");
    assertThat(planOf(ds -> new JdbcTokenAccounts(ds).findAll(Set.of("tokens-1"))))
        .noneMatch(l -> l.contains("Seq Scan on token_reservation"));
    assertThat(planOf(ds -> new JdbcTokenAccounts(ds).activeReserved(List.of(account))))
        .noneMatch(l -> l.contains("Seq Scan on token_reservation"))
        .anyMatch(l -> l.contains("Index Cond") && l.contains("holder"));
  }

  interface Lookup {
    void run(DataSource dataSource) throws Exception;
  }

  /** The generic plan of the one statement {@code lookup} prepares. */
  private static List<String> planOf(Lookup lookup) throws Exception {
    List<String> statements = new ArrayList<>();
    lookup.run(recording(statements));
    assertThat(statements).hasSize(1);
    String sql = statements.get(0);
    StringBuilder numbered = new StringBuilder();
    int parameters = 0;
    for (char ch : sql.toCharArray()) {
      if (ch == '?') {
        numbered.append('$').append(++parameters);
      } else {
        numbered.append(ch);
      }
    }
    List<String> plan = new ArrayList<>();
    try (Connection c = TradingHarness.database.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("set local plan_cache_mode = force_generic_plan");
      s.execute("prepare lookup as " + numbered);
      String nulls = String.join(", ", java.util.Collections.nCopies(parameters, "null"));
      try (ResultSet rs =
          s.executeQuery("explain execute lookup" + (parameters == 0 ? "" : "(" + nulls + ")"))) {
        while (rs.next()) {
          plan.add(rs.getString(1));
        }
      }
      c.rollback();
    }
    return plan;
  }

  /** The harness's database, recording the SQL of every statement prepared on it. */
  private static DataSource recording(List<String> statements) {
    return (DataSource)
        Proxy.newProxyInstance(
            LookupPlanIT.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("getConnection")) {
                throw new UnsupportedOperationException(method.getName());
              }
              Connection c = TradingHarness.database.getConnection();
              return Proxy.newProxyInstance(
                  LookupPlanIT.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (m.getName().equals("prepareStatement")) {
                      statements.add((String) a[0]);
                    }
                    try {
                      return m.invoke(c, a);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
            });
  }
}
