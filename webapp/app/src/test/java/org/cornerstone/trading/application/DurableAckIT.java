package org.cornerstone.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.trading.application.TradingHarness.*;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.trading.application.TradingHarness.Instance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Orders answered once durable ({@link MarketService#submitDurable}, ADR 0012) on PostgreSQL
 * without the server: the answer comes after the commit that holds the order and before its match;
 * the fills come later through the listeners and the order's history; bad input and missing cash or
 * tokens are still refused in the answer; idempotent by key; many at once never overspend.
 */
class DurableAckIT {
  Instance app;

  /** The later matches, held until the test runs them. */
  final ConcurrentLinkedQueue<Runnable> held = new ConcurrentLinkedQueue<>();

  @BeforeAll
  static void start() throws Exception {
    schema();
  }

  @BeforeEach
  void fresh() throws Exception {
    reset();
    app = instance();
    app.later.background = held::add;
  }

  static OrderTicket ticket(String side, String price, long quantity, String key) {
    return new OrderTicket(INSTRUMENT, side, price, quantity, "GTC", key);
  }

  static OrderTicket ticket(String side, String price, long quantity) {
    return ticket(side, price, quantity, UUID.randomUUID().toString());
  }

  private void runHeldMatches() {
    Runnable r;
    while ((r = held.poll()) != null) {
      r.run();
    }
  }

  @Test
  void answeredOnceDurableAndMatchedAfterwardsWithFillsReportedToListeners() throws Exception {
    cash(JADE_PARTY, 100_00);
    tokens(IVY, 10);
    List<MarketChanged> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (AutoCloseable subscription = app.market.subscribe(INSTRUMENT, seen::add)) {
      OrderView sell = app.market.submitDurable(IVAN, ticket("SELL", "10.00", 5));
      OrderView buy = app.market.submitDurable(JADE, ticket("BUY", "10.00", 5));

      // answered: durable (committed, seen from another connection), not matched yet
      assertThat(sell.status()).isEqualTo("OPEN");
      assertThat(buy.status()).isEqualTo("OPEN");
      assertThat(buy.filledQuantity()).isZero();
      assertThat(buy.reservedAmount()).isEqualTo("50.00");
      assertThat(sell.reservedQuantity()).isEqualTo(5);
      assertThat(number("select count(*) from trade_order where status = 'PENDING'")).isEqualTo(2);
      assertThat(number("select count(*) from cash_reservation where status = 'ACTIVE'"))
          .isEqualTo(1);
      assertThat(number("select count(*) from trade")).isZero();
      assertThat(held).isNotEmpty();
      assertThat(seen).isEmpty();

      runHeldMatches();
    }

    assertThat(number("select count(*) from trade")).isEqualTo(1);
    assertThat(seen).isNotEmpty();
    assertThat(app.market.myOrders(JADE).get(0).status()).isEqualTo("FILLED");
    assertThat(app.market.orderHistory(JADE, buy(app)).stream().map(OrderEvent::kind))
        .contains("ENTERED", "FILLED");
    assertThat(app.later.idle()).isTrue();
    assertThat(app.market.reconcile(TOM).differences()).isEmpty();
  }

  private static long buy(Instance app) {
    return app.market.myOrders(JADE).get(0).orderId();
  }

  @Test
  void badInputAndMissingCashOrTokensAreStillRefusedInTheAnswer() {
    cash(JADE_PARTY, 100_00);
    tokens(IVY, 10);
    assertThatThrownBy(() -> app.market.submitDurable(JADE, ticket("BUY", "10.005", 1)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> app.market.submitDurable(JADE, ticket("BUY", "10.00", 11)))
        .isInstanceOf(ConflictException.class)
        .hasMessageStartingWith("Not enough cash available");
    assertThatThrownBy(() -> app.market.submitDurable(IVAN, ticket("SELL", "10.00", 11)))
        .isInstanceOf(ConflictException.class)
        .hasMessageStartingWith("Not enough tokens available");
    assertThatThrownBy(() -> app.market.submitDurable(TOM, ticket("BUY", "10.00", 1)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                app.market.submitDurable(
                    JADE, new OrderTicket(INSTRUMENT, "BUY", "10.00", 1, "GTC", " ")))
        .isInstanceOf(ValidationException.class);
    assertThat(number("select count(*) from trade_order")).isZero();
    assertThat(number("select count(*) from cash_reservation")).isZero();
    assertThat(number("select count(*) from token_reservation")).isZero();
    assertThat(held).isEmpty();
  }

  @Test
  void aCrashBeforeTheCommitAnswersNoOrder() {
    cash(JADE_PARTY, 100_00);
    TradingPorts.Transactions real = app.entry.transactions;
    app.entry.transactions =
        new TradingPorts.Transactions() {
          @Override
          public <T> T inNew(Supplier<T> work) {
            return real.inNew(
                () -> {
                  work.get();
                  throw new IllegalStateException("crash before the commit (test)");
                });
          }

          @Override
          public void afterCompletion(Consumer<Boolean> then) {
            real.afterCompletion(then);
          }
        };
    assertThatThrownBy(() -> app.market.submitDurable(JADE, ticket("BUY", "10.00", 1, "k-1")))
        .hasMessageContaining("crash before the commit");
    assertThat(number("select count(*) from trade_order")).isZero();
    assertThat(number("select count(*) from cash_reservation")).isZero();
    assertThat(held).isEmpty();

    // once the database is back, the same key enters the order once
    app.entry.transactions = real;
    OrderView first = app.market.submitDurable(JADE, ticket("BUY", "10.00", 1, "k-1"));
    OrderView again = app.market.submitDurable(JADE, ticket("BUY", "10.00", 1, "k-1"));
    assertThat(again.orderId()).isEqualTo(first.orderId());
    assertThat(number("select count(*) from trade_order")).isEqualTo(1);
  }

  @Test
  void manyConcurrentOrdersAgainstOneBalanceNeverOverspendAndAllAreMatched() throws Exception {
    concurrentOrders(1);
  }

  @Test
  void twoBatchesEnteredAtOnceNeverOverspendEither() throws Exception {
    concurrentOrders(2);
  }

  private void concurrentOrders(int writers) throws Exception {
    app.entry.maxWriters = writers;
    ExecutorService background = Executors.newFixedThreadPool(2);
    app.later.background = background::execute;
    cash(JADE_PARTY, 100_00); // ten buys of 10.00
    tokens(IVY, 64);
    int orders = 64;
    ExecutorService pool = Executors.newFixedThreadPool(orders);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < orders; i++) {
        boolean buy = i % 2 == 0;
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  try {
                    app.market.submitDurable(
                        buy ? JADE : IVAN, ticket(buy ? "BUY" : "SELL", "10.00", 1));
                    return true;
                  } catch (ConflictException refused) {
                    return false;
                  }
                }));
      }
      go.countDown();
      int accepted = 0;
      for (Future<Boolean> f : answers) {
        accepted += f.get() ? 1 : 0;
      }
      assertThat(accepted).isEqualTo(32 + 10); // every sell, ten buys
      long deadline = System.nanoTime() + 30_000_000_000L;
      while ((!app.later.idle()
              || number("select count(*) from trade_order where status = 'PENDING'") > 0)
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    } finally {
      pool.shutdownNow();
      background.shutdown();
    }
    assertThat(number("select count(*) from trade_order where status = 'PENDING'")).isZero();
    assertThat(number("select count(*) from trade")).isEqualTo(10);
    assertThat(
            number(
                "select coalesce(sum(amount_minor), 0) from cash_reservation"
                    + " where status = 'ACTIVE' and holder = ?",
                JADE_PARTY))
        .isLessThanOrEqualTo(100_00);
    assertThat(app.market.reconcile(TOM).differences()).isEmpty();
  }
}
