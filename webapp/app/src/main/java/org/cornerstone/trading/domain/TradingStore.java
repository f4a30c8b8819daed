package org.cornerstone.trading.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Where orders, trades and each instrument's market state are kept. Every method joins the caller's
 * transaction.
 */
public interface TradingStore {
  // market state
  Optional<MarketState> state(String instrumentId);

  /** Creates the instrument's market state when missing (concurrent callers: one row). */
  void createState(MarketState state, Instant now);

  List<MarketState> states();

  /**
   * Takes the instrument's matcher lock until the transaction ends (a PostgreSQL advisory lock):
   * only one transaction at a time, on any app instance, changes the instrument's book.
   */
  void lockBook(String instrumentId);

  /** What a matching transaction reads first, once it holds the book's lock. */
  record OpenedBook(Optional<MarketState> state, List<StoredOrder> pending) {}

  /**
   * {@link #lockBook}, then {@link #state} and {@link #pending} as they are once the lock is held
   * (the JDBC store: in one round trip).
   */
  default OpenedBook openBook(String instrumentId) {
    lockBook(instrumentId);
    return new OpenedBook(state(instrumentId), pending(instrumentId));
  }

  void setBookVersion(String instrumentId, long version, Instant now);

  void setHalted(String instrumentId, boolean halted, String reason, Instant now);

  void setReference(String instrumentId, long referencePriceMinor, Instant dayStart, Instant now);

  // orders
  long nextOrderId();

  long nextPrioritySeq();

  /** {@code count} new order ids in one round trip, ascending. */
  List<Long> nextOrderIds(int count);

  /** {@code count} new priority sequence numbers in one round trip, ascending. */
  List<Long> nextPrioritySeqs(int count);

  /** Inserts the orders in one batch (one round trip). */
  void insertAll(List<StoredOrder> orders);

  /**
   * What an entry batch writes: its orders, then their events ({@link #insertAll}, {@link
   * #insertEvents}; the JDBC store: in one round trip).
   */
  default void insertEntered(List<StoredOrder> orders, List<StoredOrderEvent> events) {
    insertAll(orders);
    insertEvents(events);
  }

  /** Updates the orders in one batch (one round trip). */
  void updateAll(List<StoredOrder> orders);

  /** The orders with these ids (missing ones left out), in id order. */
  List<StoredOrder> orders(List<Long> orderIds);

  /** The orders of these (owner user, client order key) pairs that exist (one round trip). */
  List<StoredOrder> ordersByKeys(List<String> ownerUsers, List<String> clientOrderKeys);

  /**
   * What an entry batch reads first: the orders its keys named before, ids for its new orders and
   * the market states of its instruments (those that exist).
   */
  record Entering(List<StoredOrder> earlier, List<Long> ids, List<MarketState> states) {}

  /**
   * {@link #ordersByKeys}, {@link #nextOrderIds} and {@link #state} of each instrument (the JDBC
   * store: in one round trip).
   */
  default Entering entering(
      List<String> ownerUsers,
      List<String> clientOrderKeys,
      int count,
      Collection<String> instrumentIds) {
    List<MarketState> states = new ArrayList<>();
    for (String instrumentId : new LinkedHashSet<>(instrumentIds)) {
      state(instrumentId).ifPresent(states::add);
    }
    return new Entering(ordersByKeys(ownerUsers, clientOrderKeys), nextOrderIds(count), states);
  }

  void insert(StoredOrder order);

  void update(StoredOrder order);

  Optional<StoredOrder> order(long orderId);

  Optional<StoredOrder> orderByKey(String ownerUser, String clientOrderKey);

  /** The resting orders (OPEN, PARTIALLY_FILLED) of the instrument in priority order. */
  List<StoredOrder> resting(String instrumentId);

  /** The orders not yet matched, oldest first. */
  List<StoredOrder> pending(String instrumentId);

  List<StoredOrder> ordersOfOwner(String ownerUser);

  List<StoredOrder> ordersOfInstrument(String instrumentId);

  /** Instruments with orders waiting for the matcher since before {@code before}. */
  List<String> instrumentsWithPending(Instant before);

  /** Instruments with resting DAY orders entered before {@code dayStart}. */
  List<String> instrumentsWithStaleDayOrders(Instant dayStart);

  // trades
  long nextTradeId();

  void insert(StoredTrade trade);

  Optional<StoredTrade> trade(long tradeId);

  /** The trade locked until the transaction ends; empty if missing or locked by another. */
  Optional<StoredTrade> lockTrade(long tradeId);

  void updateSettlement(StoredTrade trade, Instant settledAt);

  /**
   * {@link #updateSettlement} and then {@link #insertEvents} (the JDBC store: in one round trip,
   * for the settlement's last writes under the ledger's lock).
   */
  default void updateSettlement(
      StoredTrade trade, Instant settledAt, List<StoredOrderEvent> events) {
    updateSettlement(trade, settledAt);
    insertEvents(events);
  }

  /** Trades waiting for settlement whose next attempt is due. */
  List<Long> tradesDue(Instant now, int limit);

  List<StoredTrade> tradesOfInstrument(String instrumentId, int limit);

  /** Trades in which one of the owner's orders took part, newest first. */
  List<StoredTrade> tradesOfOwner(String ownerUser);

  List<StoredTrade> tradesOfOrder(long orderId);

  List<StoredTrade> allTrades();

  List<StoredOrder> allOrders();

  // order events

  /** Appends an event to its order's history (in the transaction that changed the order). */
  void insertEvent(StoredOrderEvent event);

  /** Appends the events in one batch (one round trip). */
  void insertEvents(List<StoredOrderEvent> events);

  /** The order's events, oldest first. */
  List<StoredOrderEvent> events(long orderId);
}
