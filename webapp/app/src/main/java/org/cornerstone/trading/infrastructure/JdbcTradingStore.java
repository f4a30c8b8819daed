package org.cornerstone.trading.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.cornerstone.trading.domain.MarketState;
import org.cornerstone.trading.domain.StoredOrder;
import org.cornerstone.trading.domain.StoredOrderEvent;
import org.cornerstone.trading.domain.StoredTrade;
import org.cornerstone.trading.domain.TradingStore;

/**
 * {@link TradingStore} in plain SQL on the application's datasource (tables of V11). In the server
 * each statement runs on the connection of the caller's JTA transaction, so locks hold until it
 * ends.
 */
@ApplicationScoped
public class JdbcTradingStore extends JdbcStatements implements TradingStore {
  public JdbcTradingStore() {}

  /** For tests: a datasource whose connections belong to the test's transaction. */
  public JdbcTradingStore(DataSource dataSource) {
    super(dataSource);
  }

  private long sequence(String name) {
    return one("select nextval('" + name + "')", s -> {}, rs -> rs.getLong(1)).orElseThrow();
  }

  /** {@code ?} new numbers of the sequence, ascending (1 parameter). */
  private static String numbersOf(String name) {
    return "select nextval('" + name + "') from generate_series(1, ?) order by 1";
  }

  private static final String NEXT_ORDER_IDS = numbersOf("trade_order_seq");

  private List<Long> sequence(String name, int count) {
    return query(numbersOf(name), s -> s.setInt(1, count), rs -> rs.getLong(1));
  }

  // --- market state ------------------------------------------------------------------------------

  @Override
  public Optional<MarketState> state(String instrumentId) {
    return one(
        TradingRows.STATE + " where instrument_id = ?",
        s -> s.setString(1, instrumentId),
        TradingRows::state);
  }

  @Override
  public void createState(MarketState m, Instant now) {
    update(
        "insert into market_state (instrument_id, status, halt_reason, currency, tick_minor,"
            + " lot_size, reference_price_minor, band_percent, book_version, day_start, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) on conflict do nothing",
        s -> {
          s.setString(1, m.instrumentId());
          s.setString(2, m.halted() ? "HALTED" : "OPEN");
          s.setString(3, m.haltReason());
          s.setString(4, m.currency());
          s.setLong(5, m.tickMinor());
          s.setLong(6, m.lotSize());
          if (m.referencePriceMinor() > 0) {
            s.setLong(7, m.referencePriceMinor());
          } else {
            s.setNull(7, Types.BIGINT);
          }
          s.setInt(8, m.bandPercent());
          s.setTimestamp(9, ts(m.dayStart()));
          s.setTimestamp(10, ts(now));
        });
  }

  @Override
  public List<MarketState> states() {
    return query(TradingRows.STATE + " order by instrument_id", s -> {}, TradingRows::state);
  }

  private static final String LOCK_BOOK =
      "select pg_advisory_xact_lock(hashtextextended('cornerstone.trading:' || ?, 0))";

  private static final String PENDING =
      TradingRows.ORDER + " where instrument_id = ? and status = 'PENDING' order by id";

  @Override
  public void lockBook(String instrumentId) {
    one(LOCK_BOOK, s -> s.setString(1, instrumentId), rs -> 1);
  }

  /**
   * One request ({@link #queries}): the lock, then the reads, which PostgreSQL runs once the lock
   * is granted (each statement its own snapshot).
   */
  @Override
  public OpenedBook openBook(String instrumentId) {
    List<List<?>> read =
        queries(
            LOCK_BOOK + ";\n" + TradingRows.STATE + " where instrument_id = ?;\n" + PENDING,
            s -> {
              s.setString(1, instrumentId);
              s.setString(2, instrumentId);
              s.setString(3, instrumentId);
            },
            List.of(rs -> 1, TradingRows::state, TradingRows::order));
    return new OpenedBook(
        read.get(1).stream().map(MarketState.class::cast).findFirst(),
        read.get(2).stream().map(StoredOrder.class::cast).toList());
  }

  @Override
  public void setBookVersion(String instrumentId, long version, Instant now) {
    update(
        "update market_state set book_version = ?, updated_at = ? where instrument_id = ?",
        s -> {
          s.setLong(1, version);
          s.setTimestamp(2, ts(now));
          s.setString(3, instrumentId);
        });
  }

  @Override
  public void setHalted(String instrumentId, boolean halted, String reason, Instant now) {
    update(
        "update market_state set status = ?, halt_reason = ?, updated_at = ? where instrument_id = ?",
        s -> {
          s.setString(1, halted ? "HALTED" : "OPEN");
          s.setString(2, halted ? reason : null);
          s.setTimestamp(3, ts(now));
          s.setString(4, instrumentId);
        });
  }

  @Override
  public void setReference(String instrumentId, long reference, Instant dayStart, Instant now) {
    update(
        "update market_state set reference_price_minor = ?, day_start = ?, updated_at = ?"
            + " where instrument_id = ?",
        s -> {
          if (reference > 0) {
            s.setLong(1, reference);
          } else {
            s.setNull(1, Types.BIGINT);
          }
          s.setTimestamp(2, ts(dayStart));
          s.setTimestamp(3, ts(now));
          s.setString(4, instrumentId);
        });
  }

  // --- orders ------------------------------------------------------------------------------------

  @Override
  public long nextOrderId() {
    return sequence("trade_order_seq");
  }

  @Override
  public long nextPrioritySeq() {
    return sequence("trade_priority_seq");
  }

  @Override
  public List<Long> nextOrderIds(int count) {
    return sequence("trade_order_seq", count);
  }

  @Override
  public List<Long> nextPrioritySeqs(int count) {
    return sequence("trade_priority_seq", count);
  }

  private static final String INSERT_ORDER =
      "insert into trade_order (id, instrument_id, owner_user, owner_party, side, price_minor,"
          + " quantity, open_quantity, filled_quantity, time_in_force, status, reject_reason,"
          + " client_order_key, priority_seq, reservation_key, reservation_gen, entered_at,"
          + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String UPDATE_ORDER =
      "update trade_order set price_minor = ?, quantity = ?, open_quantity = ?,"
          + " filled_quantity = ?, status = ?, reject_reason = ?, priority_seq = ?,"
          + " reservation_key = ?, reservation_gen = ?, updated_at = ? where id = ?";

  @Override
  public void insert(StoredOrder o) {
    insertAll(List.of(o));
  }

  @Override
  public void insertAll(List<StoredOrder> orders) {
    batch(
        INSERT_ORDER,
        orders,
        (s, o) -> {
          s.setLong(1, o.id());
          s.setString(2, o.instrumentId());
          s.setString(3, o.ownerUser());
          s.setString(4, o.ownerParty());
          s.setString(5, o.side());
          s.setLong(6, o.priceMinor());
          s.setLong(7, o.quantity());
          s.setLong(8, o.openQuantity());
          s.setLong(9, o.filledQuantity());
          s.setString(10, o.timeInForce());
          s.setString(11, o.status().name());
          s.setString(12, o.rejectReason());
          s.setString(13, o.clientOrderKey());
          setLong(s, 14, o.prioritySeq());
          s.setString(15, o.reservationKey());
          s.setInt(16, o.reservationGen());
          s.setTimestamp(17, ts(o.enteredAt()));
          s.setTimestamp(18, ts(o.updatedAt()));
        });
  }

  /** One request: {@link EnteredRows}. */
  @Override
  public void insertEntered(List<StoredOrder> orders, List<StoredOrderEvent> events) {
    if (!orders.isEmpty() || !events.isEmpty()) {
      statements(EnteredRows.SQL, s -> EnteredRows.bind(s, orders, events));
    }
  }

  @Override
  public void update(StoredOrder o) {
    updateAll(List.of(o));
  }

  @Override
  public void updateAll(List<StoredOrder> orders) {
    batch(
        UPDATE_ORDER,
        orders,
        (s, o) -> {
          s.setLong(1, o.priceMinor());
          s.setLong(2, o.quantity());
          s.setLong(3, o.openQuantity());
          s.setLong(4, o.filledQuantity());
          s.setString(5, o.status().name());
          s.setString(6, o.rejectReason());
          setLong(s, 7, o.prioritySeq());
          s.setString(8, o.reservationKey());
          s.setInt(9, o.reservationGen());
          s.setTimestamp(10, ts(o.updatedAt()));
          s.setLong(11, o.id());
        });
  }

  private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.BIGINT);
    } else {
      s.setLong(index, value);
    }
  }

  @Override
  public List<StoredOrder> orders(List<Long> orderIds) {
    if (orderIds.isEmpty()) {
      return List.of();
    }
    // each id's entry of the primary key (LATERAL ... LIMIT 1: never a scan of the orders),
    // whatever the statistics the statement's cached plan was made with (ADR 0035)
    return query(
        "select o.* from unnest(?::bigint[]) as u (i) cross join lateral ("
            + TradingRows.ORDER
            + " where id = u.i limit 1) o order by o.id",
        s -> s.setArray(1, s.getConnection().createArrayOf("bigint", orderIds.toArray())),
        TradingRows::order);
  }

  /** Each (owner, key)'s entry of the unique index, never a scan (ADR 0035; 2 parameters). */
  private static final String ORDERS_BY_KEYS =
      "select o.* from unnest(?::varchar[], ?::varchar[]) as u (w, k) cross join lateral ("
          + TradingRows.ORDER
          + " where owner_user = u.w and client_order_key = u.k limit 1) o";

  private static void bindOwnersAndKeys(
      PreparedStatement s, List<String> ownerUsers, List<String> clientOrderKeys)
      throws SQLException {
    s.setArray(1, s.getConnection().createArrayOf("varchar", ownerUsers.toArray()));
    s.setArray(2, s.getConnection().createArrayOf("varchar", clientOrderKeys.toArray()));
  }

  @Override
  public List<StoredOrder> ordersByKeys(List<String> ownerUsers, List<String> clientOrderKeys) {
    if (ownerUsers.isEmpty()) {
      return List.of();
    }
    return query(
        ORDERS_BY_KEYS, s -> bindOwnersAndKeys(s, ownerUsers, clientOrderKeys), TradingRows::order);
  }

  /** One request, one round trip ({@link #queries}). */
  @Override
  public Entering entering(
      List<String> ownerUsers,
      List<String> clientOrderKeys,
      int count,
      Collection<String> instrumentIds) {
    List<List<?>> read =
        queries(
            ORDERS_BY_KEYS
                + ";\n"
                + NEXT_ORDER_IDS
                + ";\n"
                + TradingRows.STATE
                + " where instrument_id = any(?::varchar[])",
            s -> {
              bindOwnersAndKeys(s, ownerUsers, clientOrderKeys);
              s.setInt(3, count);
              s.setArray(4, s.getConnection().createArrayOf("varchar", instrumentIds.toArray()));
            },
            List.of(TradingRows::order, rs -> rs.getLong(1), TradingRows::state));
    return new Entering(
        read.get(0).stream().map(StoredOrder.class::cast).toList(),
        read.get(1).stream().map(Long.class::cast).toList(),
        read.get(2).stream().map(MarketState.class::cast).toList());
  }

  @Override
  public Optional<StoredOrder> order(long orderId) {
    return one(TradingRows.ORDER + " where id = ?", s -> s.setLong(1, orderId), TradingRows::order);
  }

  @Override
  public Optional<StoredOrder> orderByKey(String ownerUser, String key) {
    return one(
        TradingRows.ORDER + " where owner_user = ? and client_order_key = ?",
        s -> {
          s.setString(1, ownerUser);
          s.setString(2, key);
        },
        TradingRows::order);
  }

  @Override
  public List<StoredOrder> resting(String instrumentId) {
    return query(
        TradingRows.ORDER
            + " where instrument_id = ? and status in ('OPEN', 'PARTIALLY_FILLED')"
            + " order by priority_seq",
        s -> s.setString(1, instrumentId),
        TradingRows::order);
  }

  @Override
  public List<StoredOrder> pending(String instrumentId) {
    return query(PENDING, s -> s.setString(1, instrumentId), TradingRows::order);
  }

  @Override
  public List<StoredOrder> ordersOfOwner(String ownerUser) {
    return query(
        TradingRows.ORDER + " where owner_user = ? order by id desc limit 1000",
        s -> s.setString(1, ownerUser),
        TradingRows::order);
  }

  @Override
  public List<StoredOrder> ordersOfInstrument(String instrumentId) {
    return query(
        TradingRows.ORDER + " where instrument_id = ? order by id desc limit 5000",
        s -> s.setString(1, instrumentId),
        TradingRows::order);
  }

  @Override
  public List<StoredOrder> allOrders() {
    return query(TradingRows.ORDER + " order by id", s -> {}, TradingRows::order);
  }

  @Override
  public List<String> instrumentsWithPending(Instant before) {
    return query(
        "select distinct instrument_id from trade_order where status = 'PENDING'"
            + " and entered_at < ?",
        s -> s.setTimestamp(1, ts(before)),
        rs -> rs.getString(1));
  }

  @Override
  public List<String> instrumentsWithStaleDayOrders(Instant dayStart) {
    return query(
        "select distinct instrument_id from trade_order where time_in_force = 'DAY'"
            + " and status in ('OPEN', 'PARTIALLY_FILLED') and entered_at < ?",
        s -> s.setTimestamp(1, ts(dayStart)),
        rs -> rs.getString(1));
  }

  // --- trades ------------------------------------------------------------------------------------

  @Override
  public long nextTradeId() {
    return sequence("trade_seq");
  }

  @Override
  public void insert(StoredTrade t) {
    update(
        "insert into trade (id, instrument_id, buy_order_id, sell_order_id, buyer_party,"
            + " seller_party, price_minor, quantity, amount_minor, currency, aggressor_side,"
            + " executed_at, settlement, ledger_tx_id, attempts, last_problem, next_attempt_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s -> {
          s.setLong(1, t.id());
          s.setString(2, t.instrumentId());
          s.setLong(3, t.buyOrderId());
          s.setLong(4, t.sellOrderId());
          s.setString(5, t.buyerParty());
          s.setString(6, t.sellerParty());
          s.setLong(7, t.priceMinor());
          s.setLong(8, t.quantity());
          s.setLong(9, t.amountMinor());
          s.setString(10, t.currency());
          s.setString(11, t.aggressorSide());
          s.setTimestamp(12, ts(t.executedAt()));
          s.setString(13, t.settlement().name());
          s.setString(14, t.ledgerTransactionId());
          s.setInt(15, t.attempts());
          s.setString(16, t.lastProblem());
          s.setTimestamp(17, ts(t.nextAttemptAt()));
        });
  }

  @Override
  public Optional<StoredTrade> trade(long tradeId) {
    return one(
        TradingRows.TRADE + " where t.id = ?", s -> s.setLong(1, tradeId), TradingRows::trade);
  }

  @Override
  public Optional<StoredTrade> lockTrade(long tradeId) {
    return one(
        TradingRows.TRADE + " where t.id = ? for update skip locked",
        s -> s.setLong(1, tradeId),
        TradingRows::trade);
  }

  private static final String UPDATE_SETTLEMENT =
      "update trade set settlement = ?, ledger_tx_id = ?, attempts = ?, last_problem = ?,"
          + " next_attempt_at = ?, settled_at = ? where id = ?";

  private static void bindSettlement(PreparedStatement s, StoredTrade t, Instant settledAt)
      throws SQLException {
    s.setString(1, t.settlement().name());
    s.setString(2, t.ledgerTransactionId());
    s.setInt(3, t.attempts());
    s.setString(4, t.lastProblem() == null ? null : truncate(t.lastProblem(), 2000));
    s.setTimestamp(5, ts(t.nextAttemptAt()));
    s.setTimestamp(6, ts(settledAt));
    s.setLong(7, t.id());
  }

  @Override
  public void updateSettlement(StoredTrade t, Instant settledAt) {
    update(UPDATE_SETTLEMENT, s -> bindSettlement(s, t, settledAt));
  }

  /** One request: the update, then the events' insert from arrays ({@link EnteredRows}). */
  @Override
  public void updateSettlement(StoredTrade t, Instant settledAt, List<StoredOrderEvent> events) {
    statements(
        UPDATE_SETTLEMENT + ";\n" + EnteredRows.EVENTS,
        s -> {
          bindSettlement(s, t, settledAt);
          EnteredRows.bindEvents(s, 8, events);
        });
  }

  @Override
  public List<Long> tradesDue(Instant now, int limit) {
    return query(
        "select id from trade where settlement in ('PENDING', 'RETRYING') and next_attempt_at <= ?"
            + " order by id limit ?",
        s -> {
          s.setTimestamp(1, ts(now));
          s.setInt(2, limit);
        },
        rs -> rs.getLong(1));
  }

  @Override
  public List<StoredTrade> tradesOfInstrument(String instrumentId, int limit) {
    return query(
        TradingRows.TRADE + " where t.instrument_id = ? order by t.id desc limit ?",
        s -> {
          s.setString(1, instrumentId);
          s.setInt(2, limit);
        },
        TradingRows::trade);
  }

  @Override
  public List<StoredTrade> tradesOfOwner(String ownerUser) {
    return query(
        TradingRows.TRADE
            + " where t.buy_order_id in (select id from trade_order where owner_user = ?)"
            + " or t.sell_order_id in (select id from trade_order where owner_user = ?)"
            + " order by t.id desc limit 5000",
        s -> {
          s.setString(1, ownerUser);
          s.setString(2, ownerUser);
        },
        TradingRows::trade);
  }

  @Override
  public List<StoredTrade> tradesOfOrder(long orderId) {
    return query(
        TradingRows.TRADE + " where t.buy_order_id = ? or t.sell_order_id = ? order by t.id",
        s -> {
          s.setLong(1, orderId);
          s.setLong(2, orderId);
        },
        TradingRows::trade);
  }

  @Override
  public List<StoredTrade> allTrades() {
    return query(TradingRows.TRADE + " order by t.id", s -> {}, TradingRows::trade);
  }

  @Override
  public void insertEvent(StoredOrderEvent e) {
    insertEvents(List.of(e));
  }

  @Override
  public void insertEvents(List<StoredOrderEvent> events) {
    batch(
        "insert into trade_order_event (order_id, at, kind, quantity, price_minor, reason)"
            + " values (?, ?, ?, ?, ?, ?)",
        events,
        (s, e) -> {
          s.setLong(1, e.orderId());
          s.setTimestamp(2, ts(e.at()));
          s.setString(3, e.kind());
          s.setLong(4, e.quantity());
          setLong(s, 5, e.priceMinor());
          s.setString(6, e.reason() == null ? null : truncate(e.reason(), 1000));
        });
  }

  @Override
  public List<StoredOrderEvent> events(long orderId) {
    return query(
        "select order_id, at, kind, quantity, price_minor, reason from trade_order_event"
            + " where order_id = ? order by id",
        s -> s.setLong(1, orderId),
        rs -> {
          long price = rs.getLong("price_minor");
          Long priceMinor = rs.wasNull() ? null : price;
          return new StoredOrderEvent(
              rs.getLong("order_id"),
              instant(rs, "at"),
              rs.getString("kind"),
              rs.getLong("quantity"),
              priceMinor,
              rs.getString("reason"));
        });
  }
}
