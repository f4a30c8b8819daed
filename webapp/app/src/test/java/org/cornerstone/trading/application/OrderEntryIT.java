package org.cornerstone.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.trading.application.TradingHarness.*;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.trading.application.OrderEntry.Request;
import org.cornerstone.trading.application.TradingHarness.Instance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Group commit of order entry ({@link OrderEntry}) on PostgreSQL without the server: a batch is one
 * transaction, an order refused inside it spoils nothing, a crash before its commit acknowledges
 * nothing, and concurrent callers share transactions.
 */
class OrderEntryIT {
  Instance app;

  @BeforeAll
  static void start() throws Exception {
    schema();
  }

  @BeforeEach
  void fresh() throws Exception {
    reset();
    app = instance();
  }

  static OrderTicket ticket(String side, String price, long quantity, String key) {
    return new OrderTicket(INSTRUMENT, side, price, quantity, "GTC", key);
  }

  static OrderTicket ticket(String side, String price, long quantity) {
    return ticket(side, price, quantity, UUID.randomUUID().toString());
  }

  static Request request(Actor actor, OrderTicket ticket) {
    return new Request(actor, ticket);
  }

  static Throwable failure(Request r) {
    assertThat(r.answer).isCompletedExceptionally();
    try {
      r.answer.join();
      throw new AssertionError("answered");
    } catch (CompletionException e) {
      return e.getCause();
    }
  }

  @Test
  void refusedAndRepeatedOrdersInsideOneBatchDoNotSpoilTheOthers() {
    cash(JADE_PARTY, 100_00);
    tokens(IVY, 10);
    OrderTicket buy = ticket("BUY", "10.00", 5, "buy-1");
    Request first = request(JADE, buy);
    Request badPrice = request(JADE, ticket("BUY", "10.005", 1));
    Request tooMuchCash = request(JADE, ticket("BUY", "10.00", 6)); // 60.00 of 50.00 left
    Request repeat = request(JADE, buy);
    Request keyReused = request(JADE, ticket("SELL", "10.00", 1, "buy-1"));
    Request tooManyTokens = request(IVAN, ticket("SELL", "10.00", 11));
    Request sell = request(IVAN, ticket("SELL", "10.00", 5));
    List<Request> batch =
        List.of(first, badPrice, tooMuchCash, repeat, keyReused, tooManyTokens, sell);
    long transactions = TRANSACTIONS.get();

    app.entry.process(batch, () -> {});

    // one batch: one entry transaction (no order-by-order fallback), one matching transaction
    assertThat(app.entry.batches.get()).isEqualTo(1);
    assertThat(TRANSACTIONS.get() - transactions).isEqualTo(2);
    assertThat(failure(badPrice)).isInstanceOf(ValidationException.class);
    assertThat(failure(tooMuchCash))
        .isInstanceOf(ConflictException.class)
        .hasMessageStartingWith("Not enough cash available");
    assertThat(failure(keyReused))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            String.format(MarketService.KEY_REUSED, "buy-1", first.answer.join().orderId()));
    assertThat(failure(tooManyTokens))
        .isInstanceOf(ConflictException.class)
        .hasMessageStartingWith("Not enough tokens available");
    // the repeat answers the first order; both good orders are stored and matched with each other
    assertThat(repeat.answer.join().orderId()).isEqualTo(first.answer.join().orderId());
    assertThat(first.answer.join().status()).isEqualTo("FILLED");
    assertThat(sell.answer.join().status()).isEqualTo("FILLED");
    assertThat(number("select count(*) from trade_order")).isEqualTo(2);
    assertThat(number("select count(*) from trade")).isEqualTo(1);
    assertThat(number("select count(*) from trade_order_event where kind = 'ENTERED'"))
        .isEqualTo(2);
    assertThat(app.market.reconcile(TOM).differences()).isEmpty();
  }

  @Test
  void aCrashBeforeTheBatchCommitsAcknowledgesNothingAndStoresNothing() {
    cash(JADE_PARTY, 1_000_00);
    tokens(IVY, 100);
    AtomicBoolean crash = new AtomicBoolean(true);
    TradingPorts.Transactions real = app.entry.transactions;
    app.entry.transactions =
        new TradingPorts.Transactions() {
          @Override
          public <T> T inNew(Supplier<T> work) {
            return real.inNew(
                () -> {
                  T result = work.get();
                  if (crash.get()) {
                    throw new IllegalStateException("crash before the commit (test)");
                  }
                  return result;
                });
          }

          @Override
          public void afterCompletion(Consumer<Boolean> then) {
            real.afterCompletion(then);
          }
        };
    List<OrderTicket> tickets =
        List.of(
            ticket("BUY", "9.50", 5, "crash-1"),
            ticket("SELL", "10.50", 5, "crash-2"),
            ticket("BUY", "9.60", 5, "crash-3"));
    List<Request> batch = new ArrayList<>();
    for (OrderTicket t : tickets) {
      batch.add(request(t.side().equals("BUY") ? JADE : IVAN, t));
    }

    app.entry.process(batch, () -> {});

    for (Request r : batch) {
      assertThat(failure(r)).hasMessageContaining("crash before the commit");
    }
    assertThat(number("select count(*) from trade_order")).isZero();
    assertThat(number("select count(*) from trade_order_event")).isZero();
    assertThat(number("select count(*) from cash_reservation")).isZero();
    assertThat(number("select count(*) from token_reservation")).isZero();

    // the callers try again with the same keys once the database is back: entered once each
    crash.set(false);
    List<Request> again = new ArrayList<>();
    for (Request r : batch) {
      again.add(request(r.actor, r.ticket));
    }
    app.entry.process(again, () -> {});
    for (Request r : again) {
      assertThat(r.answer.join().status()).isEqualTo("OPEN");
    }
    assertThat(number("select count(*) from trade_order")).isEqualTo(3);
    assertThat(app.market.reconcile(TOM).differences()).isEmpty();
  }

  @Test
  void concurrentCallersShareEntryTransactionsAndEachGetsItsOwnOrder() throws Exception {
    int clients = 48;
    List<Actor> buyers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Actor buyer = benchActor("bench-b" + c);
      cash(benchParty(buyer.userId()), 1_000_00);
      buyers.add(buyer);
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<OrderView>> answers = new ArrayList<>();
    try {
      for (Actor buyer : buyers) {
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return app.market.submit(buyer, ticket("BUY", "9.50", 2));
                }));
      }
      go.countDown();
      for (int c = 0; c < clients; c++) {
        OrderView v = answers.get(c).get();
        assertThat(v.owner()).isEqualTo(buyers.get(c).userId());
        assertThat(v.status()).isEqualTo("OPEN");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(app.entry.entered.get()).isEqualTo(clients);
    assertThat(app.entry.batches.get()).isLessThan(clients);
    assertThat(number("select count(distinct id) from trade_order")).isEqualTo(clients);
    assertThat(app.market.reconcile(TOM).differences()).isEmpty();
    assertThatThrownBy(() -> app.market.submit(TOM, ticket("BUY", "9.50", 1)))
        .isInstanceOf(org.cornerstone.shared.AccessDeniedException.class);
  }
}
