package org.cornerstone.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.trading.application.TradingHarness.currentConnection;
import static org.cornerstone.trading.application.TradingHarness.schema;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.cornerstone.trading.domain.MarketState;
import org.cornerstone.trading.domain.OrderStatus;
import org.cornerstone.trading.domain.StoredOrder;
import org.cornerstone.trading.domain.StoredOrderEvent;
import org.cornerstone.trading.domain.TradingStore;
import org.cornerstone.trading.infrastructure.JdbcTradingStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The requests of an order-entry batch on PostgreSQL (ADR 0038): its first read (earlier orders of
 * its keys, new ids and the market states, one request) and its writes (every order, then every
 * event, from arrays in one request) store and read exactly what the one-by-one calls do, and a
 * failing row stores nothing of the batch. A matching transaction's first request (the book's lock,
 * the market and the pending orders) reads only once the lock is granted.
 */
class EntryRequestsIT {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private final TradingHarness.Tx tx = new TradingHarness.Tx();
  private final JdbcTradingStore store = new JdbcTradingStore(currentConnection());

  @BeforeAll
  static void start() throws Exception {
    schema();
  }

  @Test
  void aBatchsOrdersAndEventsAreStoredAsTheSingleInsertsStoreThem() {
    String instrument = market();
    String owner = "entry-rows-" + System.nanoTime();
    List<Long> ids = tx.inNew(() -> store.nextOrderIds(4));
    List<StoredOrder> orders =
        List.of(
            order(ids.get(0), instrument, owner, "BUY", OrderStatus.PENDING, null, null),
            order(ids.get(1), instrument, owner, "SELL", OrderStatus.OPEN, 42L, "tokens-1"),
            order(ids.get(2), instrument, owner, "BUY", OrderStatus.REJECTED, null, "cash-1"));
    String longReason = "r".repeat(1500);
    List<StoredOrderEvent> events =
        List.of(
            new StoredOrderEvent(ids.get(0), NOW, "ENTERED", 10, 950L, null),
            new StoredOrderEvent(ids.get(1), NOW, "ENTERED", 10, null, "why"),
            new StoredOrderEvent(ids.get(2), NOW, "REJECTED", 0, 950L, longReason),
            new StoredOrderEvent(ids.get(2), NOW.plusSeconds(1), "REJECTED", 0, null, null));

    tx.inNew(
        () -> {
          store.insertEntered(orders, events);
          return null;
        });

    tx.inNew(
        () -> {
          assertThat(store.orders(ids)).containsExactlyElementsOf(orders);
          assertThat(store.events(ids.get(0))).containsExactly(events.get(0));
          assertThat(store.events(ids.get(1))).containsExactly(events.get(1));
          assertThat(store.events(ids.get(2)))
              .containsExactly(
                  new StoredOrderEvent(ids.get(2), NOW, "REJECTED", 0, 950L, "r".repeat(1000)),
                  events.get(3));
          // the same order written the one-by-one way reads back the same
          StoredOrder single =
              order(ids.get(3), instrument, owner + "-single", "SELL", OrderStatus.OPEN, 7L, "k");
          store.insertAll(List.of(single));
          store.insertEvents(
              List.of(new StoredOrderEvent(ids.get(3), NOW, "ENTERED", 10, null, "x")));
          assertThat(store.orders(List.of(ids.get(3)))).containsExactly(single);
          assertThat(store.events(ids.get(3)))
              .containsExactly(new StoredOrderEvent(ids.get(3), NOW, "ENTERED", 10, null, "x"));
          return null;
        });
  }

  @Test
  void aFailingRowStoresNothingOfTheBatch() {
    String instrument = market();
    String owner = "entry-fails-" + System.nanoTime();
    List<Long> ids = tx.inNew(() -> store.nextOrderIds(2));
    StoredOrder first =
        order(ids.get(0), instrument, owner, "BUY", OrderStatus.PENDING, null, null);
    // the same client order key again: the unique (owner, key) refuses the second row
    StoredOrder twin =
        new StoredOrder(
            ids.get(1),
            instrument,
            owner,
            "CN=P",
            "BUY",
            950,
            10,
            10,
            0,
            "GTC",
            OrderStatus.PENDING,
            null,
            first.clientOrderKey(),
            null,
            null,
            0,
            NOW,
            NOW);
    assertThatThrownBy(
            () ->
                tx.inNew(
                    () -> {
                      store.insertEntered(
                          List.of(first, twin),
                          List.of(
                              new StoredOrderEvent(ids.get(0), NOW, "ENTERED", 10, 950L, null)));
                      return null;
                    }))
        .hasMessageContaining("trade_order_owner_user_client_order_key_key");
    // an event whose order is missing fails on the foreign key, with its orders
    assertThatThrownBy(
            () ->
                tx.inNew(
                    () -> {
                      store.insertEntered(
                          List.of(first),
                          List.of(
                              new StoredOrderEvent(ids.get(1), NOW, "ENTERED", 10, 950L, null)));
                      return null;
                    }))
        .hasMessageContaining("foreign key");
    tx.inNew(
        () -> {
          assertThat(store.orders(ids)).isEmpty();
          assertThat(store.orderByKey(owner, first.clientOrderKey())).isEmpty();
          return null;
        });
  }

  @Test
  void theFirstReadFindsEarlierOrdersNewIdsAndTheMarketStates() {
    String instrument = market();
    String owner = "entry-read-" + System.nanoTime();
    long earlierId = tx.inNew(() -> store.nextOrderIds(1)).get(0);
    StoredOrder earlier = order(earlierId, instrument, owner, "BUY", OrderStatus.OPEN, 3L, null);
    tx.inNew(
        () -> {
          store.insertEntered(List.of(earlier), List.of());
          return null;
        });

    TradingStore.Entering entering =
        tx.inNew(
            () ->
                store.entering(
                    List.of(owner, owner),
                    List.of(earlier.clientOrderKey(), "never-used"),
                    3,
                    Set.of(instrument, "NO-SUCH-MARKET")));

    assertThat(entering.earlier()).containsExactly(earlier);
    assertThat(entering.ids()).hasSize(3).isSorted().allMatch(id -> id > earlierId);
    MarketState state = tx.inNew(() -> store.state(instrument)).orElseThrow();
    assertThat(entering.states()).containsExactly(state);
    // the port's default (one call each) answers the same
    TradingStore oneByOne =
        (TradingStore)
            java.lang.reflect.Proxy.newProxyInstance(
                TradingStore.class.getClassLoader(),
                new Class<?>[] {TradingStore.class},
                (proxy, method, args) ->
                    method.isDefault()
                        ? java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args)
                        : method.invoke(store, args));
    TradingStore.Entering plain =
        tx.inNew(
            () ->
                oneByOne.entering(
                    List.of(owner), List.of(earlier.clientOrderKey()), 1, List.of(instrument)));
    assertThat(plain.earlier()).containsExactly(earlier);
    assertThat(plain.states()).containsExactly(state);
  }

  @Test
  void aMatchOpensTheBookUnderItsLockAndReadsWhatTheLockHolderCommitted() throws Exception {
    String instrument = market();
    String owner = "entry-book-" + System.nanoTime();
    List<Long> ids = tx.inNew(() -> store.nextOrderIds(2));
    StoredOrder resting = order(ids.get(0), instrument, owner, "BUY", OrderStatus.OPEN, 1L, null);
    StoredOrder pending =
        order(ids.get(1), instrument, owner, "SELL", OrderStatus.PENDING, null, null);
    tx.inNew(
        () -> {
          store.insertEntered(List.of(resting), List.of());
          return null;
        });
    java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      // another matcher holds the book and enters a pending order before it commits
      java.util.concurrent.Future<?> holder =
          threads.submit(
              () ->
                  tx.inNew(
                      () -> {
                        store.lockBook(instrument);
                        store.insertEntered(List.of(pending), List.of());
                        locked.countDown();
                        try {
                          release.await();
                        } catch (InterruptedException e) {
                          throw new IllegalStateException(e);
                        }
                        return null;
                      }));
      locked.await();
      java.util.concurrent.Future<TradingStore.OpenedBook> opening =
          threads.submit(() -> tx.inNew(() -> store.openBook(instrument)));
      Thread.sleep(300);
      assertThat(opening).as("waits for the book's lock").isNotDone();
      release.countDown();
      holder.get();
      TradingStore.OpenedBook opened = opening.get();
      // read after the lock was granted: the holder's committed order is there
      assertThat(opened.pending()).containsExactly(pending);
      assertThat(opened.state()).isEqualTo(tx.inNew(() -> store.state(instrument)));
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
  }

  private String market() {
    String instrument = "HRB-ENTRY-" + System.nanoTime();
    tx.inNew(
        () -> {
          store.createState(
              new MarketState(instrument, false, null, "CNY", 1, 1, 1000, 10, 0, null), NOW);
          return null;
        });
    return instrument;
  }

  private static StoredOrder order(
      long id,
      String instrument,
      String owner,
      String side,
      OrderStatus status,
      Long prioritySeq,
      String reservationKey) {
    return new StoredOrder(
        id,
        instrument,
        owner,
        "CN=Entry Party " + id,
        side,
        950 + id % 7,
        10,
        status == OrderStatus.REJECTED ? 0 : 10,
        0,
        "GTC",
        status,
        status == OrderStatus.REJECTED ? "NOT_ENOUGH_CASH" : null,
        "key-" + id,
        prioritySeq,
        reservationKey,
        reservationKey == null ? 0 : 1,
        NOW,
        NOW.plusMillis(5));
  }
}
