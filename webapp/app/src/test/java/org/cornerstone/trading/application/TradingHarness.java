package org.cornerstone.trading.application;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.cornerstone.cash.application.CashReservations;
import org.cornerstone.cash.infrastructure.JdbcCashAccounts;
import org.cornerstone.ledgergateway.CashHolding;
import org.cornerstone.ledgergateway.DvpSettlement;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingChange;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.Settlement;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.trading.infrastructure.JdbcTradingStore;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The market on a bare PostgreSQL schema (V6 cash + V11 trading), without the server: the ledger is
 * a pair of tables whose DvP commits on its own connection (as a remote ledger does, so a crash
 * after its commit can be simulated), the registry and directory are fakes. Each {@link
 * #instance()} is one "app instance": its own matcher (engines in memory) and services on the one
 * database. Database: {@code CORNERSTONE_TEST_DB_URL}, default {@code cornerstone_trading_test}.
 */
final class TradingHarness {
  static final String INSTRUMENT = "RE-T1";
  static final String ISSUER = "CN=Harbour Realty Ltd, O=Harbour Realty Ltd, L=Shenzhen, C=CN";
  static final String BANK = "CN=Pearl River Bank, O=Pearl River Bank, L=Guangzhou, C=CN";
  static final String IVY =
      "CN=Ivy Capital Management, O=Ivy Capital Management, L=Hong Kong, C=HK";

  /** The trustee organisation: the market operator who receives the fees. */
  static final String TRUST = "CN=Cornerstone Trust Co, O=Cornerstone Trust Co, L=Shanghai, C=CN";

  static final String JADE_PARTY =
      "CN=Jade Harbour Securities, O=Jade Harbour Securities, L=Singapore, C=SG";
  static final Actor IVAN = new Actor("ivan", "Ivan", "ivy-capital", Set.of(Role.INVESTOR));
  static final Actor JADE = new Actor("jade", "Jade", "jade-harbour", Set.of(Role.INVESTOR));
  static final Actor TOM = new Actor("tom", "Tom", "cornerstone-trust", Set.of(Role.TRUSTEE));
  static final Actor OLIVIA =
      new Actor("olivia", "Olivia", "harbour-realty", Set.of(Role.ORIGINATOR));

  static PGSimpleDataSource database;
  static final ThreadLocal<Connection> CURRENT = new ThreadLocal<>();
  static final ThreadLocal<List<Consumer<Boolean>>> HOOKS = new ThreadLocal<>();

  /** Buyers the transfer rules refuse (CODE: message), by party. */
  static final Set<String> REFUSED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** The ledger fails this many next DvPs before committing (0: never). */
  static final AtomicInteger failBeforeCommit = new AtomicInteger();

  /** The ledger "crashes" this many next DvPs after it committed. */
  static final AtomicInteger crashAfterCommit = new AtomicInteger();

  static final AtomicInteger ledgerCommits = new AtomicInteger();

  /** Statements prepared on transactions' connections (the profile of an order). */
  static final java.util.concurrent.atomic.AtomicLong STATEMENTS =
      new java.util.concurrent.atomic.AtomicLong();

  /** Transactions committed or rolled back by {@link Tx}. */
  static final java.util.concurrent.atomic.AtomicLong TRANSACTIONS =
      new java.util.concurrent.atomic.AtomicLong();

  static void schema() throws Exception {
    connect();
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists trading_it cascade");
      s.execute("create schema trading_it");
      s.execute("set search_path to trading_it");
      s.execute(migration("V6__cash.sql"));
      s.execute(migration("V11__trading.sql"));
      s.execute(migration("V12__trading_order_events.sql"));
      s.execute(migration("V15__trading_fees_and_parameters.sql"));
      s.execute(migration("V31__cash_reserved_total.sql"));
      s.execute(migration("V32__token_reserved_total.sql"));
      // the harness's markets are fee-free unless a test sets a fee schedule (the figures of the
      // older tests are without fees); the server's new markets get 5 bps
      s.execute("alter table market_state alter column fee_bps set default 0");
      s.execute(
          "create table it_cash (holder varchar(400), currency char(3), minor bigint not null"
              + " check (minor >= 0), primary key (holder, currency))");
      s.execute(
          "create table it_tokens (holder varchar(400), instrument varchar(64), quantity bigint"
              + " not null check (quantity >= 0), frozen bigint not null default 0,"
              + " primary key (holder, instrument))");
      s.execute(
          "create table it_ledger_tx (request_key varchar(200) primary key, tx_id varchar(100),"
              + " committed_at timestamptz)");
    }
  }

  /** The harness database as it is (another process's view: MarketCrashIT's child). */
  static void connect() throws SQLException {
    String url =
        env("CORNERSTONE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/cornerstone_trading_test");
    createDatabaseIfMissing(url);
    database = new PGSimpleDataSource();
    database.setUrl(url);
    database.setUser(env("CORNERSTONE_TEST_DB_USER", "postgres"));
    database.setPassword(env("CORNERSTONE_TEST_DB_PASSWORD", "postgres"));
    database.setCurrentSchema("trading_it");
  }

  static void reset() throws SQLException {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "truncate trade, trade_order, market_state, token_reservation, token_account,"
              + " cash_reservation, cash_account, it_cash, it_tokens, it_ledger_tx cascade");
    }
    REFUSED.clear();
    failBeforeCommit.set(0);
    crashAfterCommit.set(0);
    ledgerCommits.set(0);
  }

  static String migration(String name) throws Exception {
    try (var in = TradingHarness.class.getResourceAsStream("/db/migration/" + name)) {
      if (in == null) {
        throw new IllegalStateException("No migration " + name + " on the class path");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  static void sql(String statement, Object... args) {
    try (Connection c = database.getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.execute();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long number(String query, Object... args) {
    try (Connection c = database.getConnection();
        PreparedStatement s = c.prepareStatement(query)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void cash(String holder, long minor) {
    sql("insert into it_cash values (?, 'CNY', ?)", holder, minor);
  }

  static void tokens(String holder, long quantity) {
    sql(
        "insert into it_tokens (holder, instrument, quantity) values (?, ?, ?)",
        holder,
        INSTRUMENT,
        quantity);
  }

  static long cashOnLedger(String holder) {
    return number("select coalesce(sum(minor), 0) from it_cash where holder = ?", holder);
  }

  static long tokensOnLedger(String holder) {
    return number("select coalesce(sum(quantity), 0) from it_tokens where holder = ?", holder);
  }

  /** The instances' background threads for matching answered-once-durable orders. */
  static final java.util.concurrent.ExecutorService LATER =
      java.util.concurrent.Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "later-matching");
            t.setDaemon(true);
            return t;
          });

  /** One app instance on the shared database. */
  static final class Instance {
    final MarketService market = new MarketService();
    final Matcher matcher = new Matcher();
    final TradeSettler settler = new TradeSettler();
    final OrderEntry entry = new OrderEntry();
    final LaterMatching later = new LaterMatching();
    final BuyerFees fees = new BuyerFees();
    final Reconciliation reconciliation = new Reconciliation();
    final FeeCollector collector = new FeeCollector();
    final MarketParameterService parameters = new MarketParameterService();
    final List<Long> newTrades = new CopyOnWriteArrayList<>();
  }

  /** The party of a benchmark actor {@code bench-…} (its own firm). */
  static String benchParty(String userId) {
    return "CN=" + userId + ", O=" + userId + ", L=Zurich, C=CH";
  }

  /** A benchmark investor of its own firm; its party is {@link #benchParty}. */
  static Actor benchActor(String userId) {
    return new Actor(userId, userId, userId + "-firm", Set.of(Role.INVESTOR));
  }

  static Instance instance() {
    return instance(Clock.systemUTC());
  }

  static Instance instance(Clock clock) {
    return instance(clock, new TableLedger(), new TableSettlement());
  }

  /**
   * An instance on the given ledger: {@code register} answers the reservations' balance reads and
   * {@code settlement} the trades' DvP (e.g. the real embedded ledger, see TradingBenchmark).
   */
  static Instance instance(Clock clock, HoldingsRegister register, Settlement settlement) {
    DataSource ds = currentConnection();
    JdbcTradingStore store = new JdbcTradingStore(ds);
    CashReservations cash = new CashReservations();
    setField(cash, "accounts", new JdbcCashAccounts(ds));
    setField(cash, "register", register);
    setField(cash, "clock", clock);
    TokenReservations tokens = new TokenReservations();
    tokens.accounts = new org.cornerstone.trading.infrastructure.JdbcTokenAccounts(ds);
    tokens.register = register;
    tokens.clock = clock;
    Tx tx = new Tx();
    MarketListeners listeners = new MarketListeners();
    listeners.background = Runnable::run;
    TradingPorts.Catalog catalog = new FakeCatalog();
    TradingPorts.TransferRules rules =
        (instrument, from, to, qty) ->
            REFUSED.contains(to)
                ? List.of("RECIPIENT_NOT_ELIGIBLE: refused in the test")
                : List.of();
    TradingPorts.Parties parties =
        new TradingPorts.Parties() {
          @Override
          public Optional<String> partyOf(Actor actor) {
            return switch (actor.userId()) {
              case "ivan" -> Optional.of(IVY);
              case "jade" -> Optional.of(JADE_PARTY);
              default ->
                  actor.userId().startsWith("bench-")
                      ? Optional.of(benchParty(actor.userId()))
                      : Optional.empty();
            };
          }

          @Override
          public String settlementBank() {
            return BANK;
          }
        };
    Instance i = new Instance();
    i.matcher.store = store;
    i.matcher.cash = cash;
    i.matcher.tokens = tokens;
    org.cornerstone.trading.infrastructure.JdbcFeeStore feeStore =
        new org.cornerstone.trading.infrastructure.JdbcFeeStore(ds);
    i.fees.fees = feeStore;
    i.fees.cash = cash;
    i.fees.clock = clock;
    i.matcher.fees = i.fees;
    i.collector.fees = feeStore;
    i.collector.store = store;
    i.collector.cash = cash;
    i.collector.payments = new TableFeePayments();
    i.collector.transactions = tx;
    i.collector.clock = clock;
    i.settler.fees = i.collector;
    i.market.fees = i.fees;
    i.reconciliation.store = store;
    i.reconciliation.cash = cash;
    i.reconciliation.tokens = tokens;
    i.reconciliation.fees = i.fees;
    i.reconciliation.clock = clock;
    i.market.reconciliation = i.reconciliation;
    i.parameters.market = i.market;
    i.parameters.fees = feeStore;
    i.parameters.store = store;
    i.parameters.listeners = listeners;
    i.parameters.transactions = tx;
    i.parameters.clock = clock;
    i.matcher.transactions = tx;
    i.matcher.catalog = catalog;
    i.matcher.listeners = listeners;
    i.matcher.clock = clock;
    i.matcher.onTrades(i.newTrades::addAll);
    i.settler.store = store;
    i.settler.cash = cash;
    i.settler.tokens = tokens;
    i.settler.settlement = settlement;
    i.settler.transactions = tx;
    i.settler.catalog = catalog;
    i.settler.rules = rules;
    i.settler.parties = parties;
    i.settler.listeners = listeners;
    i.settler.clock = clock;
    i.market.store = store;
    i.market.matcher = i.matcher;
    i.market.settler = i.settler;
    i.market.cash = cash;
    i.market.tokens = tokens;
    i.market.listeners = listeners;
    i.market.transactions = tx;
    i.market.catalog = catalog;
    i.market.rules = rules;
    i.market.parties = parties;
    i.market.clock = clock;
    i.market.orderEntry = i.entry;
    i.entry.store = store;
    i.entry.matcher = i.matcher;
    i.entry.cash = cash;
    i.entry.tokens = tokens;
    i.entry.transactions = tx;
    i.entry.clock = clock;
    OrderChecks checks = new OrderChecks();
    checks.store = store;
    checks.catalog = catalog;
    checks.rules = rules;
    checks.parties = parties;
    checks.clock = clock;
    i.entry.checks = checks;
    i.market.orderChecks = checks;
    i.entry.later = i.later;
    i.later.matcher = i.matcher;
    i.later.transactions = tx;
    i.later.background = LATER::execute;
    return i;
  }

  static void setField(Object target, String name, Object value) {
    try {
      var f = target.getClass().getDeclaredField(name);
      f.setAccessible(true);
      f.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static final class FakeCatalog implements TradingPorts.Catalog {
    @Override
    public List<TradingPorts.Tradable> tradables() {
      return List.of(tradable(INSTRUMENT).orElseThrow());
    }

    @Override
    public Optional<TradingPorts.Tradable> tradable(String instrumentId) {
      if (!INSTRUMENT.equals(instrumentId)) {
        return Optional.empty();
      }
      return Optional.of(
          new TradingPorts.Tradable(
              INSTRUMENT,
              "Test Tower",
              "CNY",
              ISSUER,
              false,
              List.of(
                  new RuleLine("rules.none", null, "Any eligible investor category may hold."))));
    }

    @Override
    public long offeringPriceMinor(String instrumentId) {
      return 10_00;
    }
  }

  /** Transactions on connections bound to the thread; a new one suspends the current one. */
  static final class Tx implements TradingPorts.Transactions {
    @Override
    public <T> T inNew(Supplier<T> work) {
      Connection outer = CURRENT.get();
      List<Consumer<Boolean>> outerHooks = HOOKS.get();
      List<Consumer<Boolean>> hooks = new ArrayList<>();
      boolean committed = false;
      T result;
      Connection c;
      TRANSACTIONS.incrementAndGet();
      try {
        c = borrow();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      try {
        c.setAutoCommit(false);
        CURRENT.set(c);
        HOOKS.set(hooks);
        try {
          result = work.get();
          c.commit();
          committed = true;
        } catch (RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          CURRENT.set(outer);
          HOOKS.set(outerHooks);
          if (outer == null) {
            CURRENT.remove();
            HOOKS.remove();
          }
          giveBack(c);
          for (Consumer<Boolean> hook : hooks) {
            hook.accept(committed);
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return result;
    }

    @Override
    public void afterCompletion(Consumer<Boolean> then) {
      HOOKS.get().add(then);
    }
  }

  /** A small pool: opening a PostgreSQL connection per transaction would dominate the timings. */
  private static final java.util.concurrent.ConcurrentLinkedDeque<Connection> IDLE =
      new java.util.concurrent.ConcurrentLinkedDeque<>();

  static Connection borrow() throws SQLException {
    Connection c = IDLE.poll();
    return c != null ? c : database.getConnection();
  }

  static void giveBack(Connection c) {
    try {
      if (c.isClosed()) {
        return;
      }
      c.setAutoCommit(true);
      IDLE.push(c);
    } catch (SQLException e) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // gone anyway
      }
    }
  }

  static DataSource currentConnection() {
    return (DataSource)
        Proxy.newProxyInstance(
            TradingHarness.class.getClassLoader(),
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
                  TradingHarness.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (m.getName().equals("close")) {
                      return null;
                    }
                    if (m.getName().startsWith("prepare")
                        || m.getName().equals("createStatement")) {
                      STATEMENTS.incrementAndGet();
                    }
                    return m.invoke(c, a);
                  });
            });
  }

  /** The ledger's holdings and cash, read on the transaction's connection. */
  static final class TableLedger implements HoldingsRegister {
    @Override
    public List<Holding> holdingsOf(String instrumentId) {
      List<Holding> out = new ArrayList<>();
      STATEMENTS.incrementAndGet();
      try (PreparedStatement s =
          CURRENT
              .get()
              .prepareStatement(
                  "select holder, quantity, frozen from it_tokens where instrument = ?")) {
        s.setString(1, instrumentId);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            out.add(
                new Holding(
                    instrumentId, PartyName.of(rs.getString(1)), rs.getLong(2), rs.getLong(3)));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return out;
    }

    @Override
    public List<Holding> holdingsOfHolder(PartyName holder) {
      List<Holding> out = new ArrayList<>();
      STATEMENTS.incrementAndGet();
      try (PreparedStatement s =
          CURRENT
              .get()
              .prepareStatement(
                  "select instrument, quantity, frozen from it_tokens where holder = ?")) {
        s.setString(1, holder.x500());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            out.add(new Holding(rs.getString(1), holder, rs.getLong(2), rs.getLong(3)));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return out;
    }

    @Override
    public List<Holding> capTableAt(String instrumentId, Instant recordDate) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<HoldingChange> historyOf(String instrumentId, PartyName holder) {
      return List.of();
    }

    @Override
    public List<CashHolding> cashOf(PartyName holder) {
      List<CashHolding> out = new ArrayList<>();
      STATEMENTS.incrementAndGet();
      try (PreparedStatement s =
          CURRENT.get().prepareStatement("select currency, minor from it_cash where holder = ?")) {
        s.setString(1, holder.x500());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            out.add(
                new CashHolding(
                    holder, PartyName.of(BANK), MoneyAmount.of(rs.getLong(2), rs.getString(1))));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return out;
    }

    /** One query, as the embedded ledger answers ({@code holder_key = any(?)}). */
    @Override
    public Map<PartyName, List<Holding>> holdingsOfHolders(Collection<PartyName> holders) {
      Map<PartyName, List<Holding>> out = new LinkedHashMap<>();
      holders.forEach(h -> out.put(h, new ArrayList<>()));
      byHolders(
          "select holder, instrument, quantity, frozen from it_tokens where holder = any(?)",
          holders,
          (holder, rs) ->
              out.get(holder)
                  .add(new Holding(rs.getString(2), holder, rs.getLong(3), rs.getLong(4))));
      return out;
    }

    /** One query, as the embedded ledger answers ({@code holder_key = any(?)}). */
    @Override
    public Map<PartyName, List<CashHolding>> cashOfAll(Collection<PartyName> holders) {
      Map<PartyName, List<CashHolding>> out = new LinkedHashMap<>();
      holders.forEach(h -> out.put(h, new ArrayList<>()));
      byHolders(
          "select holder, currency, minor from it_cash where holder = any(?)",
          holders,
          (holder, rs) ->
              out.get(holder)
                  .add(
                      new CashHolding(
                          holder,
                          PartyName.of(BANK),
                          MoneyAmount.of(rs.getLong(3), rs.getString(2)))));
      return out;
    }

    private interface HolderRow {
      void read(PartyName holder, ResultSet rs) throws SQLException;
    }

    private static void byHolders(String sql, Collection<PartyName> holders, HolderRow row) {
      Map<String, PartyName> byName = new LinkedHashMap<>();
      holders.forEach(h -> byName.put(h.x500(), h));
      STATEMENTS.incrementAndGet();
      try (PreparedStatement s = CURRENT.get().prepareStatement(sql)) {
        s.setArray(1, s.getConnection().createArrayOf("varchar", byName.keySet().toArray()));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            row.read(byName.get(rs.getString(1)), rs);
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * DvP on the table ledger, committed on a connection of its own (a remote ledger): idempotent by
   * request key, and able to fail before or "crash" after its commit.
   */
  static final class TableSettlement implements Settlement {
    @Override
    public LedgerReceipt settle(DvpSettlement d) {
      if (failBeforeCommit.get() > 0) {
        failBeforeCommit.decrementAndGet();
        throw new LedgerException("The ledger is unavailable (test)");
      }
      try (Connection c = database.getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement find =
            c.prepareStatement(
                "select tx_id, committed_at from it_ledger_tx where request_key = ? for update")) {
          find.setString(1, d.requestKey().value());
          try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
              c.commit();
              return new LedgerReceipt(rs.getString(1), rs.getTimestamp(2).toInstant());
            }
          }
        }
        move(
            c,
            "update it_tokens set quantity = quantity - ? where holder = ? and instrument = ?",
            d.quantity(),
            d.seller().x500(),
            d.instrumentId());
        try (PreparedStatement up =
            c.prepareStatement(
                "insert into it_tokens (holder, instrument, quantity) values (?, ?, ?)"
                    + " on conflict (holder, instrument) do update set quantity = it_tokens.quantity + excluded.quantity")) {
          up.setString(1, d.buyer().x500());
          up.setString(2, d.instrumentId());
          up.setLong(3, d.quantity());
          up.executeUpdate();
        }
        move(
            c,
            "update it_cash set minor = minor - ? where holder = ? and currency = ?",
            d.price().minorUnits(),
            d.buyer().x500(),
            d.price().currencyCode());
        try (PreparedStatement up =
            c.prepareStatement(
                "insert into it_cash (holder, currency, minor) values (?, ?, ?)"
                    + " on conflict (holder, currency) do update set minor = it_cash.minor + excluded.minor")) {
          up.setString(1, d.seller().x500());
          up.setString(2, d.price().currencyCode());
          up.setLong(3, d.price().minorUnits());
          up.executeUpdate();
        }
        String txId = "TX-" + d.requestKey().value();
        Instant now = Instant.now();
        try (PreparedStatement ins =
            c.prepareStatement("insert into it_ledger_tx values (?, ?, ?)")) {
          ins.setString(1, d.requestKey().value());
          ins.setString(2, txId);
          ins.setTimestamp(3, java.sql.Timestamp.from(now));
          ins.executeUpdate();
        }
        c.commit();
        ledgerCommits.incrementAndGet();
        if (crashAfterCommit.get() > 0) {
          crashAfterCommit.decrementAndGet();
          throw new IllegalStateException("crash after the ledger committed (test)");
        }
        return new LedgerReceipt(txId, now);
      } catch (SQLException e) {
        throw new LedgerException("ledger: " + e.getMessage(), e);
      }
    }

    private static void move(Connection c, String sql, long amount, String holder, String what)
        throws SQLException {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setLong(1, amount);
        s.setString(2, holder);
        s.setString(3, what);
        if (s.executeUpdate() != 1) {
          throw new LedgerException("nothing to move for " + holder);
        }
      }
    }
  }

  /**
   * Fees on the table ledger: cash from the buyer to the payee, committed on a connection of its
   * own, idempotent by request key (as the DvP).
   */
  static final class TableFeePayments implements org.cornerstone.trading.application.FeePayments {
    /** The ledger refuses this many next fee payments (0: never). */
    static final AtomicInteger failNext = new AtomicInteger();

    @Override
    public String operator() {
      return TRUST;
    }

    @Override
    public LedgerReceipt pay(
        String requestKey, String currency, String payer, String payee, long minor) {
      if (failNext.get() > 0) {
        failNext.decrementAndGet();
        throw new LedgerException("The ledger is unavailable (test)");
      }
      try (Connection c = database.getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement find =
            c.prepareStatement(
                "select tx_id, committed_at from it_ledger_tx where request_key = ? for update")) {
          find.setString(1, requestKey);
          try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
              c.commit();
              return new LedgerReceipt(rs.getString(1), rs.getTimestamp(2).toInstant());
            }
          }
        }
        try (PreparedStatement s =
            c.prepareStatement(
                "update it_cash set minor = minor - ? where holder = ? and currency = ?")) {
          s.setLong(1, minor);
          s.setString(2, payer);
          s.setString(3, currency);
          if (s.executeUpdate() != 1) {
            throw new LedgerException("no cash to pay the fee from " + payer);
          }
        }
        try (PreparedStatement up =
            c.prepareStatement(
                "insert into it_cash (holder, currency, minor) values (?, ?, ?)"
                    + " on conflict (holder, currency) do update set minor = it_cash.minor + excluded.minor")) {
          up.setString(1, payee);
          up.setString(2, currency);
          up.setLong(3, minor);
          up.executeUpdate();
        }
        String txId = "TX-" + requestKey;
        Instant now = Instant.now();
        try (PreparedStatement ins =
            c.prepareStatement("insert into it_ledger_tx values (?, ?, ?)")) {
          ins.setString(1, requestKey);
          ins.setString(2, txId);
          ins.setTimestamp(3, java.sql.Timestamp.from(now));
          ins.executeUpdate();
        }
        c.commit();
        return new LedgerReceipt(txId, now);
      } catch (SQLException e) {
        throw new LedgerException("ledger: " + e.getMessage(), e);
      }
    }
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  static void createDatabaseIfMissing(String url) throws SQLException {
    int slash = url.lastIndexOf('/');
    String name = url.substring(slash + 1).replaceAll("\\?.*$", "");
    String admin = url.substring(0, slash + 1) + "postgres";
    try (Connection c =
            DriverManager.getConnection(
                admin,
                env("CORNERSTONE_TEST_DB_USER", "postgres"),
                env("CORNERSTONE_TEST_DB_PASSWORD", "postgres"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
      if (!rs.next()) {
        s.execute("create database " + name);
      }
    }
  }
}
