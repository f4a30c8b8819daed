package org.cornerstone.cash.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.cornerstone.cash.domain.CashAccounts;
import org.cornerstone.cash.infrastructure.JdbcCashAccounts;
import org.cornerstone.ledgergateway.CashHolding;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingChange;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.shared.ConflictException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@link CashReservations} with its SQL store on PostgreSQL (the app's V6 migration in a schema of
 * its own), 32 threads at a time against one balance. The ledger's cash is a table read on the same
 * connection, so a spend and the consumption of its reservation commit together, as they do with
 * the embedded ledger. Database: {@code CORNERSTONE_TEST_DB_URL}, default {@code
 * cornerstone_cash_test} (created when missing).
 */
class CashReservationsIT {
  static final PartyName IVAN =
      PartyName.of("CN=Ivy Capital Management, O=Ivy Capital Management, L=Hong Kong, C=HK");
  static final PartyName BANK =
      PartyName.of("CN=Pearl River Bank, O=Pearl River Bank, L=Guangzhou, C=CN");
  static final int THREADS = 32;

  static PGSimpleDataSource database;
  static final ThreadLocal<Connection> CURRENT = new ThreadLocal<>();
  static ExecutorService pool;

  CashReservations reservations;

  @BeforeAll
  static void schema() throws Exception {
    String url =
        env(
            "CORNERSTONE_CASH_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/cornerstone_cash_test");
    createDatabaseIfMissing(url);
    database = new PGSimpleDataSource();
    database.setUrl(url);
    database.setUser(env("CORNERSTONE_TEST_DB_USER", "postgres"));
    database.setPassword(env("CORNERSTONE_TEST_DB_PASSWORD", "postgres"));
    database.setCurrentSchema("cash_it");
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists cash_it cascade");
      s.execute("create schema cash_it");
      s.execute("set search_path to cash_it");
      s.execute(migration());
      s.execute(
          "create table it_ledger_cash (holder varchar(400), currency char(3), minor bigint"
              + " not null check (minor >= 0), primary key (holder, currency))");
    }
    pool = Executors.newFixedThreadPool(THREADS + 1);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  /** After every test: each account's running total (V31) is the sum of its active reservations. */
  @org.junit.jupiter.api.AfterEach
  void totalsAreTheSumsOfTheActiveReservations() throws SQLException {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery(
                "select a.holder, a.currency, a.reserved_minor, coalesce((select sum(amount_minor)"
                    + " from cash_reservation r where r.holder = a.holder"
                    + " and r.currency = a.currency and r.status = 'ACTIVE'), 0) from cash_account a")) {
      int accounts = 0;
      while (rs.next()) {
        accounts++;
        org.assertj.core.api.Assertions.assertThat(rs.getLong(3))
            .as("the total of %s %s", rs.getString(1), rs.getString(2))
            .isEqualTo(rs.getLong(4));
      }
      org.assertj.core.api.Assertions.assertThat(accounts).isPositive();
    }
  }

  @BeforeEach
  void fresh() throws SQLException {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      s.execute("delete from cash_reservation");
      s.execute("delete from cash_account");
      s.execute("delete from it_ledger_cash");
    }
    reservations = new CashReservations();
    reservations.accounts = new JdbcCashAccounts(currentConnection());
    reservations.register = new TableCash();
    reservations.clock = Clock.systemUTC();
  }

  @Test
  void thirtyTwoConcurrentReservationsNeverReserveMoreThanTheBalance() throws Exception {
    ledgerCash(IVAN, "CNY", 1000_00);
    AtomicInteger refused = new AtomicInteger();
    List<Callable<Boolean>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      String key = "order-" + i;
      tasks.add(
          () -> {
            try {
              inTransaction(
                  () -> reservations.reserve(key, IVAN, MoneyAmount.of(100_00, "CNY"), "order"));
              return true;
            } catch (ConflictException e) {
              assertThat(e.getMessage()).startsWith("Not enough cash available");
              refused.incrementAndGet();
              return false;
            }
          });
    }
    long granted = runTogether(tasks).stream().filter(b -> b).count();

    assertThat(granted).isEqualTo(10);
    assertThat(refused).hasValue(22);
    CashBalance balance = inTransaction(() -> reservations.balanceOf(IVAN, "CNY"));
    assertThat(balance).isEqualTo(new CashBalance(IVAN, "CNY", 1000_00, 1000_00, 0));
  }

  @Test
  void reservationsSpendsAndReleasesTogetherNeverMakeAvailableNegative() throws Exception {
    ledgerCash(IVAN, "CNY", 700_00);
    AtomicBoolean running = new AtomicBoolean(true);
    ConcurrentLinkedQueue<CashBalance> seen = new ConcurrentLinkedQueue<>();
    Future<?> watcher =
        pool.submit(
            () -> {
              while (running.get()) {
                seen.add(inTransaction(() -> reservations.balanceOf(IVAN, "CNY")));
              }
              return null;
            });
    List<Callable<Boolean>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      String key = "settlement-" + i;
      boolean spends = i % 3 != 0;
      tasks.add(
          () -> {
            try {
              inTransaction(
                  () -> reservations.reserve(key, IVAN, MoneyAmount.of(50_00, "CNY"), "dvp"));
            } catch (ConflictException e) {
              return false;
            }
            inTransaction(
                () -> {
                  if (spends) {
                    // the settlement spends the cash on the ledger and consumes the reservation
                    spendLedgerCash(IVAN, "CNY", 50_00);
                    reservations.consume(key);
                  } else {
                    reservations.release(key);
                  }
                  return null;
                });
            return spends;
          });
    }
    long spent = runTogether(tasks).stream().filter(b -> b).count();
    running.set(false);
    watcher.get();

    assertThat(seen).isNotEmpty().allSatisfy(b -> assertThat(b.availableMinor()).isNotNegative());
    CashBalance end = inTransaction(() -> reservations.balanceOf(IVAN, "CNY"));
    assertThat(end.balanceMinor()).isEqualTo(700_00 - spent * 50_00).isNotNegative();
    assertThat(end.reservedMinor()).isZero();
    assertThat(end.availableMinor()).isEqualTo(end.balanceMinor());
    assertThat(spent).isPositive();
  }

  @Test
  void theSameKeyThirtyTwoTimesAtOnceMakesOneReservation() throws Exception {
    ledgerCash(IVAN, "USD", 500_00);
    List<Callable<CashReservation>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      tasks.add(
          () ->
              inTransaction(
                  () ->
                      reservations.reserve(
                          "subscription-7", IVAN, MoneyAmount.of(300_00, "USD"), "subscription")));
    }
    List<CashReservation> answers = runTogether(tasks);

    assertThat(answers).hasSize(THREADS).containsOnly(answers.get(0));
    assertThat(inTransaction(() -> reservations.balanceOf(IVAN, "USD")))
        .isEqualTo(new CashBalance(IVAN, "USD", 500_00, 300_00, 200_00));
  }

  @Test
  void releaseAndConsumeAreIdempotentAndFinal() throws Exception {
    ledgerCash(IVAN, "HKD", 100_00);
    inTransaction(() -> reservations.reserve("w-1", IVAN, MoneyAmount.of(60_00, "HKD"), "w"));
    inTransaction(() -> reservations.reserve("w-2", IVAN, MoneyAmount.of(40_00, "HKD"), "w"));
    assertThatThrownBy(
            () ->
                inTransaction(
                    () -> reservations.reserve("w-3", IVAN, MoneyAmount.of(1, "HKD"), "w")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Not enough cash available: 0.00 HKD available, 0.01 requested.");
    assertThatThrownBy(
            () ->
                inTransaction(
                    () -> reservations.reserve("w-1", IVAN, MoneyAmount.of(61_00, "HKD"), "w")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("different holder or amount");

    inTransaction(() -> run(() -> reservations.release("w-1")));
    inTransaction(() -> run(() -> reservations.release("w-1")));
    inTransaction(() -> run(() -> reservations.release("never-made")));
    inTransaction(() -> run(() -> reservations.consume("w-2")));
    inTransaction(() -> run(() -> reservations.consume("w-2")));

    assertThat(inTransaction(() -> reservations.find("w-1")).orElseThrow().status())
        .isEqualTo("RELEASED");
    assertThat(inTransaction(() -> reservations.find("w-2")).orElseThrow().status())
        .isEqualTo("CONSUMED");
    assertThat(inTransaction(() -> reservations.find("w-9"))).isEmpty();
    assertThatThrownBy(() -> inTransaction(() -> run(() -> reservations.consume("w-1"))))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Reservation w-1 is already released.");
    assertThatThrownBy(() -> inTransaction(() -> run(() -> reservations.release("w-2"))))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Reservation w-2 is already consumed.");
    // consumed cash still counts as reserved until the ledger spends it: here the table did not
    // change, so 40.00 consumed leaves the ledger's 100.00 all available (nothing is active)
    assertThat(inTransaction(() -> reservations.balanceOf(IVAN, "HKD")))
        .isEqualTo(new CashBalance(IVAN, "HKD", 100_00, 0, 100_00));
  }

  @Test
  void batchesOfReservationsBesideSingleOnesNeverReserveMoreThanTheBalance() throws Exception {
    ledgerCash(IVAN, "CNY", 1000_00);
    ledgerCash(BANK, "CNY", 250_00);
    List<Callable<Long>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      int t = i;
      tasks.add(
          t % 2 == 0
              ? () -> {
                List<CashReservations.Wanted> batch = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                  // both holders in one batch, in both orders: the accounts are locked at once
                  PartyName holder = (t + k) % 2 == 0 ? IVAN : BANK;
                  batch.add(
                      new CashReservations.Wanted(
                          "batch-" + t + "-" + k, holder, MoneyAmount.of(100_00, "CNY"), "order"));
                }
                List<CashReservations.Outcome> outcomes =
                    inTransaction(() -> reservations.reserveAll(batch));
                assertThat(outcomes).hasSize(4);
                assertThat(outcomes)
                    .filteredOn(o -> !o.reserved())
                    .allSatisfy(
                        o ->
                            assertThat(o.refusal())
                                .isInstanceOf(ConflictException.class)
                                .hasMessageStartingWith("Not enough cash available"));
                return outcomes.stream().filter(CashReservations.Outcome::reserved).count();
              }
              : () -> {
                try {
                  inTransaction(
                      () ->
                          reservations.reserve(
                              "single-" + t, IVAN, MoneyAmount.of(100_00, "CNY"), "order"));
                  return 1L;
                } catch (ConflictException e) {
                  return 0L;
                }
              });
    }
    long granted = runTogether(tasks).stream().mapToLong(Long::longValue).sum();

    assertThat(granted).isEqualTo(10 + 2);
    assertThat(inTransaction(() -> reservations.balanceOf(IVAN, "CNY")))
        .isEqualTo(new CashBalance(IVAN, "CNY", 1000_00, 1000_00, 0));
    assertThat(inTransaction(() -> reservations.balanceOf(BANK, "CNY")))
        .isEqualTo(new CashBalance(BANK, "CNY", 250_00, 200_00, 50_00));
  }

  /**
   * A batch for IVAN and BANK while another transaction is creating IVAN's account (IVAN locks
   * before BANK). The batch must not lock BANK first and then wait for IVAN: the other transaction,
   * locking BANK next, would close a cycle, and PostgreSQL would answer "deadlock detected".
   */
  @Test
  void aBatchLocksNothingWhileItWaitsForAnAccountAnotherTransactionIsCreating() throws Exception {
    inTransaction(() -> run(() -> reservations.accounts.lock(BANK.x500(), "CNY", Instant.now())));
    try (Connection other = database.getConnection()) {
      other.setAutoCommit(false);
      try (Statement s = other.createStatement()) {
        s.execute("set lock_timeout = '20s'");
        s.execute(
            "insert into cash_account (holder, currency, created_at) values ('"
                + IVAN.x500()
                + "', 'CNY', now())");
      }
      Future<Void> batch =
          pool.submit(
              () ->
                  inTransaction(
                      () ->
                          run(
                              () ->
                                  reservations.accounts.lockAll(
                                      List.of(
                                          new CashAccounts.Account(BANK.x500(), "CNY"),
                                          new CashAccounts.Account(IVAN.x500(), "CNY")),
                                      Instant.now()))));
      awaitOneSessionWaitingForALock();
      try (Statement s = other.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select holder from cash_account where holder = '"
                      + BANK.x500()
                      + "' and currency = 'CNY' for update")) {
        assertThat(rs.next()).isTrue(); // BANK was free: the waiting batch held no lock
      }
      other.commit();
      batch.get(); // and the batch then creates nothing twice and locks both
    }
    assertThat(inTransaction(() -> reservations.balanceOf(IVAN, "CNY")).reservedMinor()).isZero();
  }

  static void awaitOneSessionWaitingForALock() throws Exception {
    for (int i = 0; i < 200; i++) {
      try (Connection c = database.getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select count(*) from pg_stat_activity where datname = current_database()"
                      + " and wait_event_type = 'Lock'")) {
        rs.next();
        if (rs.getInt(1) == 1) {
          return;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the batch never waited for the account being created");
  }

  @Test
  void aBatchIsDecidedInItsOrderAndARefusalSpoilsNothing() throws Exception {
    ledgerCash(IVAN, "HKD", 100_00);
    inTransaction(() -> reservations.reserve("w-0", IVAN, MoneyAmount.of(5_00, "HKD"), "w"));
    List<CashReservations.Wanted> batch =
        List.of(
            new CashReservations.Wanted("w-1", IVAN, MoneyAmount.of(60_00, "HKD"), "w"),
            new CashReservations.Wanted("w-2", IVAN, MoneyAmount.of(50_00, "HKD"), "w"),
            new CashReservations.Wanted("w-3", IVAN, MoneyAmount.of(35_00, "HKD"), "w"),
            new CashReservations.Wanted("w-1", IVAN, MoneyAmount.of(60_00, "HKD"), "w"),
            new CashReservations.Wanted("w-0", IVAN, MoneyAmount.of(6_00, "HKD"), "w"),
            new CashReservations.Wanted(" ", IVAN, MoneyAmount.of(1, "HKD"), "w"),
            new CashReservations.Wanted("w-4", IVAN, MoneyAmount.of(1, "USD"), "w"));

    List<CashReservations.Outcome> outcomes = inTransaction(() -> reservations.reserveAll(batch));

    assertThat(outcomes.get(0).reserved()).isTrue();
    assertThat(outcomes.get(1).refusal())
        .isInstanceOf(ConflictException.class)
        .hasMessage("Not enough cash available: 35.00 HKD available, 50.00 requested.");
    assertThat(outcomes.get(2).reservation().key()).isEqualTo("w-3");
    assertThat(outcomes.get(3).reservation()).isEqualTo(outcomes.get(0).reservation());
    assertThat(outcomes.get(4).refusal()).hasMessageContaining("different holder or amount");
    assertThat(outcomes.get(5).refusal())
        .isInstanceOf(org.cornerstone.shared.ValidationException.class);
    assertThat(outcomes.get(6).refusal())
        .hasMessage("Not enough cash available: 0.00 USD available, 0.01 requested.");
    assertThat(inTransaction(() -> reservations.balanceOf(IVAN, "HKD")))
        .isEqualTo(new CashBalance(IVAN, "HKD", 100_00, 100_00, 0));
    assertThat(inTransaction(() -> reservations.find("w-2"))).isEmpty();
    assertThat(inTransaction(() -> reservations.balanceOf(IVAN, "USD")).reservedMinor()).isZero();
  }

  // --- harness ---

  static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return task.call();
              }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    Exception first = null;
    for (Future<T> f : futures) {
      try {
        results.add(f.get()); // every task ends before this returns, so none outlives its test
      } catch (ExecutionException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
    return results;
  }

  static Void run(Runnable r) {
    r.run();
    return null;
  }

  /** Runs {@code work} in one database transaction on a connection bound to this thread. */
  static <T> T inTransaction(Supplier<T> work) {
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      CURRENT.set(c);
      try {
        T result = work.get();
        c.commit();
        return result;
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        CURRENT.remove();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A datasource handing out this thread's transaction's connection; closing a handle is a no-op.
   */
  static DataSource currentConnection() {
    return (DataSource)
        Proxy.newProxyInstance(
            CashReservationsIT.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("getConnection")) {
                throw new UnsupportedOperationException(method.getName());
              }
              Connection c = CURRENT.get();
              if (c == null) {
                throw new IllegalStateException("no transaction on this thread");
              }
              return Proxy.newProxyInstance(
                  CashReservationsIT.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> m.getName().equals("close") ? null : m.invoke(c, a));
            });
  }

  static void ledgerCash(PartyName holder, String currency, long minor) throws SQLException {
    try (Connection c = database.getConnection();
        PreparedStatement s = c.prepareStatement("insert into it_ledger_cash values (?, ?, ?)")) {
      s.setString(1, holder.x500());
      s.setString(2, currency);
      s.setLong(3, minor);
      s.executeUpdate();
    }
  }

  static void spendLedgerCash(PartyName holder, String currency, long minor) {
    try (PreparedStatement s =
        CURRENT
            .get()
            .prepareStatement(
                "update it_ledger_cash set minor = minor - ? where holder = ? and currency = ?")) {
      s.setLong(1, minor);
      s.setString(2, holder.x500());
      s.setString(3, currency);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ledger's cash as a table read in the caller's transaction. */
  static final class TableCash implements HoldingsRegister {
    @Override
    public List<CashHolding> cashOf(PartyName holder) {
      List<CashHolding> cash = new ArrayList<>();
      try (PreparedStatement s =
          CURRENT
              .get()
              .prepareStatement("select currency, minor from it_ledger_cash where holder = ?")) {
        s.setString(1, holder.x500());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            cash.add(new CashHolding(holder, BANK, MoneyAmount.of(rs.getLong(2), rs.getString(1))));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return cash;
    }

    @Override
    public List<Holding> holdingsOf(String instrumentId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Holding> holdingsOfHolder(PartyName holder) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Holding> capTableAt(String instrumentId, Instant recordDate) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<HoldingChange> historyOf(String instrumentId, PartyName holder) {
      throw new UnsupportedOperationException();
    }
  }

  static String migration() throws IOException {
    StringBuilder sql = new StringBuilder();
    for (String name : List.of("V6__cash.sql", "V31__cash_reserved_total.sql")) {
      try (InputStream in = CashReservationsIT.class.getResourceAsStream("/db/migration/" + name)) {
        sql.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      }
    }
    return sql.toString();
  }

  static void createDatabaseIfMissing(String url) throws SQLException {
    org.cornerstone.it.ItDatabase.main(
        new String[] {
          url,
          env("CORNERSTONE_TEST_DB_USER", "postgres"),
          env("CORNERSTONE_TEST_DB_PASSWORD", "postgres")
        });
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
