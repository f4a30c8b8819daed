package org.cornerstone.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.trading.application.TradingHarness.*;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.trading.application.TradingHarness.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The market's core on PostgreSQL without the server ({@link TradingHarness}): concurrency of order
 * entry, price-time matching with its fills and reservations, the book rebuilt after a crash, two
 * matchers ("app instances") on one database, settlement exactly once.
 */
class MarketCoreIT {
  static ExecutorService pool;
  Instance app;

  @BeforeAll
  static void start() throws Exception {
    schema();
    pool = Executors.newFixedThreadPool(64);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  @BeforeEach
  void fresh() throws Exception {
    reset();
    app = instance();
  }

  static OrderTicket buy(String price, long quantity) {
    return new OrderTicket(INSTRUMENT, "BUY", price, quantity, "GTC", UUID.randomUUID().toString());
  }

  static OrderTicket sell(String price, long quantity) {
    return new OrderTicket(
        INSTRUMENT, "SELL", price, quantity, "GTC", UUID.randomUUID().toString());
  }

  @Test
  void sixtyFourConcurrentOrdersAgainstOneBalanceNeverOverspend() throws Exception {
    cash(JADE_PARTY, 1000_00);
    List<Callable<Boolean>> tasks = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      tasks.add(
          () -> {
            try {
              app.market.submit(JADE, buy("10.00", 10));
              return true;
            } catch (ConflictException e) {
              assertThat(e.getMessage()).startsWith("Not enough cash available");
              return false;
            }
          });
    }
    long accepted = together(tasks).stream().filter(b -> b).count();
    assertThat(accepted).isEqualTo(10);
    assertThat(number("select count(*) from trade_order")).isEqualTo(10);
    assertThat(
            number(
                "select sum(amount_minor) from cash_reservation where holder = ? and status = 'ACTIVE'",
                JADE_PARTY))
        .isEqualTo(1000_00);
    // and the same for tokens: 64 sells of 10 against 100 tokens
    tokens(IVY, 100);
    tasks.clear();
    for (int i = 0; i < 64; i++) {
      tasks.add(
          () -> {
            try {
              app.market.submit(IVAN, sell("10.50", 10));
              return true;
            } catch (ConflictException e) {
              assertThat(e.getMessage()).startsWith("Not enough tokens available");
              return false;
            }
          });
    }
    assertThat(together(tasks).stream().filter(b -> b).count()).isEqualTo(10);
    assertThat(app.market.reconcile(TOM).differences()).isEmpty();
  }

  @Test
  void priceTimePriorityPartialFillsBetterPriceCancelAndAmend() {
    tokens(IVY, 100);
    cash(JADE_PARTY, 10_000_00);
    OrderView s1 = app.market.submit(IVAN, sell("10.00", 10));
    OrderView s2 = app.market.submit(IVAN, sell("10.00", 10));
    OrderView s3 = app.market.submit(IVAN, sell("9.90", 10));
    assertThat(s1.status()).isEqualTo("OPEN");
    assertThat(s1.reservedQuantity()).isEqualTo(10);

    OrderView b = app.market.submit(JADE, buy("10.00", 25));
    assertThat(b.status()).isEqualTo("FILLED");
    assertThat(b.filledQuantity()).isEqualTo(25);
    List<TradeView> trades = app.market.trades(TOM, INSTRUMENT);
    // best price first, then time: s3 at 9.90, s1 then s2 at 10.00
    assertThat(
            trades.stream()
                .map(t -> t.sellOrderId() + "@" + t.price() + "x" + t.quantity())
                .toList())
        .containsExactly(
            s2.orderId() + "@10.00x5", s1.orderId() + "@10.00x10", s3.orderId() + "@9.90x10");
    assertThat(trades).allMatch(t -> t.buyer().equals("jade") && t.seller().equals("ivan"));
    // jade reserved 250.00 at her limit; 1.00 came back at once (9.90 instead of 10.00)
    assertThat(
            number(
                "select sum(amount_minor) from cash_reservation where holder = ? and status = 'ACTIVE'",
                JADE_PARTY))
        .isEqualTo(99_00 + 100_00 + 50_00);
    OrderView s2now =
        app.market.myOrders(IVAN).stream()
            .filter(o -> o.orderId() == s2.orderId())
            .findFirst()
            .orElseThrow();
    assertThat(s2now.status()).isEqualTo("PARTIALLY_FILLED");
    assertThat(s2now.openQuantity()).isEqualTo(5);
    assertThat(s2now.reservedQuantity()).isEqualTo(5);

    // amend: quantity down at the same price keeps priority; a price change loses it
    OrderView s4 = app.market.submit(IVAN, sell("10.00", 10));
    OrderView s2less = app.market.amend(IVAN, s2.orderId(), "10.00", 3);
    assertThat(s2less.openQuantity()).isEqualTo(3);
    OrderView b2 = app.market.submit(JADE, buy("10.00", 3));
    assertThat(app.market.trades(TOM, INSTRUMENT).get(0).sellOrderId()).isEqualTo(s2.orderId());
    assertThat(b2.status()).isEqualTo("FILLED");
    OrderView s5 = app.market.submit(IVAN, sell("10.00", 10));
    app.market.amend(IVAN, s4.orderId(), "10.10", 10);
    app.market.amend(IVAN, s4.orderId(), "10.00", 10);
    app.market.submit(JADE, buy("10.00", 1));
    // s4 lost its place to s5
    assertThat(app.market.trades(TOM, INSTRUMENT).get(0).sellOrderId()).isEqualTo(s5.orderId());

    // cancel releases what the order still reserves; a cancelled order cannot be cancelled again
    OrderView cancelled = app.market.cancel(IVAN, s4.orderId());
    assertThat(cancelled.status()).isEqualTo("CANCELLED");
    assertThat(cancelled.reservedQuantity()).isZero();
    assertThatThrownBy(() -> app.market.cancel(IVAN, s4.orderId()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> app.market.cancel(JADE, s5.orderId()))
        .isInstanceOf(AccessDeniedException.class);

    // IOC remainder cancelled, FOK without liquidity never trades
    OrderView ioc =
        app.market.submit(JADE, new OrderTicket(INSTRUMENT, "BUY", "10.00", 20, "IOC", "ioc-1"));
    assertThat(ioc.filledQuantity()).isEqualTo(9);
    assertThat(ioc.status()).isEqualTo("CANCELLED");
    assertThat(ioc.rejectReason()).isEqualTo("IOC_REMAINDER");
    OrderView fok =
        app.market.submit(JADE, new OrderTicket(INSTRUMENT, "BUY", "10.00", 20, "FOK", "fok-1"));
    assertThat(fok.filledQuantity()).isZero();
    assertThat(fok.rejectReason()).isEqualTo("FOK_NOT_FILLABLE");

    // self-trade prevention: jade's own resting sell is cancelled, not traded against
    tokens(JADE_PARTY, 5);
    OrderView own = app.market.submit(JADE, sell("10.20", 5));
    OrderView cross = app.market.submit(JADE, buy("10.20", 5));
    assertThat(
            app.market.myOrders(JADE).stream()
                .filter(o -> o.orderId() == own.orderId())
                .findFirst()
                .orElseThrow()
                .rejectReason())
        .isEqualTo("SELF_TRADE_PREVENTED");
    assertThat(cross.filledQuantity()).isZero();

    assertThat(app.market.reconcile(TOM).differences()).isEmpty();
  }

  @Test
  void badOrdersAreRefusedClearly() {
    cash(JADE_PARTY, 1000_00);
    assertThatThrownBy(() -> app.market.submit(JADE, buy("10.00", -5)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("QUANTITY_NOT_POSITIVE");
    assertThatThrownBy(() -> app.market.submit(JADE, buy("10.00", Long.MAX_VALUE)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("QUANTITY_TOO_LARGE");
    assertThatThrownBy(() -> app.market.submit(JADE, buy("10.005", 5)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("decimals");
    assertThatThrownBy(() -> app.market.submit(JADE, buy("12.00", 5)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("PRICE_OUTSIDE_BAND")
        .hasMessageContaining("between 9.00 and 11.00");
    assertThatThrownBy(() -> app.market.submit(JADE, buy("1e3", 5)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Price");
    assertThatThrownBy(
            () ->
                app.market.submit(
                    JADE, new OrderTicket(INSTRUMENT, "HOLD", "10.00", 5, "GTX", "k")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("BUY or SELL")
        .hasMessageContaining("GTC, DAY, IOC or FOK");
    assertThatThrownBy(() -> app.market.submit(OLIVIA, buy("10.00", 5)))
        .isInstanceOf(AccessDeniedException.class);
    REFUSED.add(JADE_PARTY);
    assertThatThrownBy(() -> app.market.submit(JADE, buy("10.00", 5)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("RECIPIENT_NOT_ELIGIBLE");
    REFUSED.clear();
    OrderTicket once = buy("10.00", 5);
    OrderView first = app.market.submit(JADE, once);
    OrderView again = app.market.submit(JADE, once);
    assertThat(again.orderId()).isEqualTo(first.orderId());
    assertThat(number("select count(*) from trade_order")).isEqualTo(1);
    assertThatThrownBy(
            () ->
                app.market.submit(
                    JADE,
                    new OrderTicket(INSTRUMENT, "SELL", "10.00", 5, "GTC", once.clientOrderKey())))
        .isInstanceOf(ConflictException.class);
    app.market.halt(TOM, INSTRUMENT, "news pending");
    assertThatThrownBy(() -> app.market.submit(JADE, buy("10.00", 5)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("halted");
    // cancels still work while halted
    assertThat(app.market.cancel(JADE, first.orderId()).status()).isEqualTo("CANCELLED");
    app.market.resume(TOM, INSTRUMENT);
    assertThatThrownBy(() -> app.market.halt(JADE, INSTRUMENT, "x"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aFreshInstanceRebuildsTheIdenticalBookFromTheDatabase() {
    tokens(IVY, 1000);
    cash(JADE_PARTY, 100_000_00);
    for (int i = 0; i < 20; i++) {
      app.market.submit(IVAN, sell(String.format("10.%02d", 20 + i % 5 * 5), 10 + i));
      app.market.submit(JADE, buy(String.format("9.%02d", 50 + i % 7 * 5), 5 + i));
    }
    app.market.submit(JADE, buy("10.20", 40));
    var before = app.matcher.restingInEngine(INSTRUMENT);
    assertThat(before).isNotEmpty();
    // the process dies: a new instance starts with no engine in memory
    Instance restarted = instance();
    long added = restarted.market.submit(JADE, buy("9.00", 1)).orderId();
    var after = restarted.matcher.restingInEngine(INSTRUMENT);
    assertThat(after).hasSize(before.size() + 1);
    // the same orders, same quantities, same priority order
    assertThat(after.stream().filter(r -> r.orderId() != added).toList()).isEqualTo(before);
    assertThat(restarted.matcher.rebuilds.get()).isEqualTo(1);
    // and it goes on matching exactly as the first would have
    OrderView sweep = restarted.market.submit(JADE, buy("11.00", 1000));
    assertThat(sweep.filledQuantity()).isPositive();
    assertThat(restarted.market.reconcile(TOM).differences()).isEmpty();
  }

  @Test
  void twoMatchersOnOneDatabaseNeverFillAnOrderTwice() throws Exception {
    tokens(IVY, 100_000);
    cash(JADE_PARTY, 100_000_000_00L);
    Instance other = instance();
    List<Callable<Boolean>> tasks = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Instance which = i % 2 == 0 ? app : other;
      int n = i;
      tasks.add(
          () -> {
            if (n % 4 < 2) {
              which.market.submit(IVAN, sell(String.format("10.%02d", n % 3), 7));
            } else {
              which.market.submit(JADE, buy(String.format("10.%02d", n % 3), 5));
            }
            return true;
          });
    }
    together(tasks);
    assertThat(app.newTrades.size() + other.newTrades.size()).isPositive();
    // every order filled at most its quantity, and exactly by its trades
    assertThat(
            number(
                "select count(*) from trade_order o where o.filled_quantity <> coalesce((select sum(quantity)"
                    + " from trade t where t.buy_order_id = o.id or t.sell_order_id = o.id), 0)"
                    + " or o.filled_quantity > o.quantity or o.open_quantity + o.filled_quantity <> o.quantity"))
        .isZero();
    // the book never crosses
    assertThat(
            number(
                "select count(*) from trade_order b, trade_order s where b.side = 'BUY' and s.side = 'SELL'"
                    + " and b.status in ('OPEN','PARTIALLY_FILLED') and s.status in ('OPEN','PARTIALLY_FILLED')"
                    + " and b.price_minor >= s.price_minor"))
        .isZero();
    assertThat(app.market.reconcile(TOM).differences()).isEmpty();
    assertThat(app.matcher.rebuilds.get() + other.matcher.rebuilds.get()).isGreaterThan(2);
  }

  @Test
  void settlementInterruptedAfterTheLedgerCommittedSettlesOnceWhenRetried() {
    tokens(IVY, 100);
    cash(JADE_PARTY, 1000_00);
    app.market.submit(IVAN, sell("10.00", 10));
    app.market.submit(JADE, buy("10.00", 10));
    long tradeId = app.newTrades.get(0);
    crashAfterCommit.set(1);
    app.settler.settle(tradeId);
    TradeView interrupted = app.market.trade(TOM, tradeId).orElseThrow();
    assertThat(interrupted.settlement()).isEqualTo("RETRYING");
    assertThat(ledgerCommits.get()).isEqualTo(1);
    // a new instance (the crash) retries
    Instance restarted = instance();
    restarted.settler.settle(tradeId);
    TradeView settled = restarted.market.trade(TOM, tradeId).orElseThrow();
    assertThat(settled.settlement()).isEqualTo("SETTLED");
    assertThat(settled.ledgerTransactionId()).isEqualTo("TX-trade-" + tradeId);
    assertThat(ledgerCommits.get()).isEqualTo(1);
    assertThat(cashOnLedger(JADE_PARTY)).isEqualTo(900_00);
    assertThat(cashOnLedger(IVY)).isEqualTo(100_00);
    assertThat(tokensOnLedger(JADE_PARTY)).isEqualTo(10);
    assertThat(tokensOnLedger(IVY)).isEqualTo(90);
    restarted.settler.settle(tradeId);
    assertThat(ledgerCommits.get()).isEqualTo(1);
    assertThat(app.market.reconcile(TOM).differences()).isEmpty();
  }

  @Test
  void aTradeTheRulesRefuseAtSettlementIsNotSettledAndItsReservationsAreReleased() {
    tokens(IVY, 100);
    cash(JADE_PARTY, 1000_00);
    app.market.submit(IVAN, sell("10.00", 10));
    app.market.submit(JADE, buy("10.00", 10));
    long tradeId = app.newTrades.get(0);
    REFUSED.add(JADE_PARTY); // e.g. her KYC lapsed after the order
    app.settler.settle(tradeId);
    TradeView refused = app.market.trade(TOM, tradeId).orElseThrow();
    assertThat(refused.settlement()).isEqualTo("REFUSED");
    assertThat(refused.settlementProblem()).contains("RECIPIENT_NOT_ELIGIBLE");
    assertThat(ledgerCommits.get()).isZero();
    assertThat(number("select count(*) from cash_reservation where status = 'ACTIVE'")).isZero();
    assertThat(number("select count(*) from token_reservation where status = 'ACTIVE'")).isZero();
    assertThat(app.market.reconcile(TOM).differences()).isEmpty();
  }

  @Test
  void aTradeThatKeepsFailingBecomesAnIncidentKeepsItsReservationsAndCanBeRetried() {
    tokens(IVY, 100);
    cash(JADE_PARTY, 1000_00);
    app.market.submit(IVAN, sell("10.00", 10));
    app.market.submit(JADE, buy("10.00", 10));
    long tradeId = app.newTrades.get(0);
    failBeforeCommit.set(100);
    for (int i = 0; i < TradeSettler.MAX_ATTEMPTS; i++) {
      app.settler.settle(tradeId);
    }
    TradeView incident = app.market.trade(TOM, tradeId).orElseThrow();
    assertThat(incident.settlement()).isEqualTo("INCIDENT");
    assertThat(incident.settlementProblem()).contains("unavailable");
    assertThat(number("select count(*) from cash_reservation where status = 'ACTIVE'"))
        .isEqualTo(1);
    assertThat(number("select count(*) from token_reservation where status = 'ACTIVE'"))
        .isEqualTo(1);
    app.settler.settle(tradeId); // an incident is not retried by the sweep
    failBeforeCommit.set(0);
    TradeView retried = app.market.retrySettlement(TOM, tradeId);
    assertThat(retried.settlement()).isEqualTo("SETTLED");
    assertThat(app.market.reconcile(TOM).differences()).isEmpty();
  }

  @Test
  void cancelAllEmptiesTheBookAndReleasesEverything() {
    tokens(IVY, 100);
    cash(JADE_PARTY, 1000_00);
    app.market.submit(IVAN, sell("10.50", 10));
    app.market.submit(IVAN, sell("10.60", 10));
    app.market.submit(JADE, buy("9.50", 10));
    assertThat(app.market.cancelAll(TOM, INSTRUMENT, "end of test")).isEqualTo(3);
    assertThat(number("select count(*) from cash_reservation where status = 'ACTIVE'")).isZero();
    assertThat(number("select count(*) from token_reservation where status = 'ACTIVE'")).isZero();
    assertThat(app.market.market(TOM, INSTRUMENT, 5).bids()).isEmpty();
    assertThat(app.market.orders(TOM, INSTRUMENT))
        .allMatch(o -> o.rejectReason().equals("OPERATOR"));
  }

  @Test
  void listenersHearOfEveryCommittedChangeUntilTheyUnsubscribe() throws Exception {
    tokens(IVY, 100);
    List<MarketChanged> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    AutoCloseable subscription = app.market.subscribe(INSTRUMENT, heard::add);
    app.market.submit(IVAN, sell("10.00", 10));
    assertThat(heard).contains(new MarketChanged(INSTRUMENT));
    int before = heard.size();
    // a refused order changes nothing: nobody is told
    assertThatThrownBy(() -> app.market.submit(IVAN, sell("10.00", 1000)))
        .isInstanceOf(ConflictException.class);
    assertThat(heard).hasSize(before);
    subscription.close();
    app.market.submit(IVAN, sell("10.00", 10));
    assertThat(heard).hasSize(before);
  }

  @Test
  void dayOrdersExpireWhenTheNextDayBeginsAndReleaseTheirReservation() {
    tokens(IVY, 100);
    cash(JADE_PARTY, 1000_00);
    java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
        new java.util.concurrent.atomic.AtomicReference<>(
            java.time.Instant.now()
                .truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                .plusSeconds(3600));
    java.time.Clock clock =
        new java.time.Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
          }

          @Override
          public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public java.time.Instant instant() {
            return now.get();
          }
        };
    Instance timed = instance(clock);
    OrderView day =
        timed.market.submit(JADE, new OrderTicket(INSTRUMENT, "BUY", "9.50", 10, "DAY", "day-1"));
    OrderView gtc = timed.market.submit(JADE, buy("9.40", 10));
    assertThat(day.status()).isEqualTo("OPEN");
    now.set(now.get().plus(java.time.Duration.ofDays(1)));
    timed.market.submit(IVAN, sell("10.00", 1));
    List<OrderView> mine = timed.market.myOrders(JADE);
    assertThat(
            mine.stream()
                .filter(o -> o.orderId() == day.orderId())
                .findFirst()
                .orElseThrow()
                .status())
        .isEqualTo("EXPIRED");
    assertThat(
            mine.stream()
                .filter(o -> o.orderId() == gtc.orderId())
                .findFirst()
                .orElseThrow()
                .status())
        .isEqualTo("OPEN");
    assertThat(
            number(
                "select sum(amount_minor) from cash_reservation where holder = ? and status = 'ACTIVE'",
                JADE_PARTY))
        .isEqualTo(94_00);
    assertThat(timed.market.reconcile(TOM).differences()).isEmpty();
  }

  @Test
  void aMatchWithNothingPendingWritesNothingSoTheOtherInstanceKeepsItsEngine() {
    tokens(IVY, 100);
    cash(JADE_PARTY, 10_000_00);
    Instance other = instance();
    app.market.submit(IVAN, sell("10.00", 10));
    long version =
        number("select book_version from market_state where instrument_id = ?", INSTRUMENT);
    new Tx()
        .inNew(
            () -> {
              other.matcher.matchPending(INSTRUMENT);
              app.matcher.matchPending(INSTRUMENT);
              return null;
            });
    // nothing was pending: the stored book and its version are unchanged, app kept its engine
    assertThat(number("select book_version from market_state where instrument_id = ?", INSTRUMENT))
        .isEqualTo(version);
    assertThat(app.matcher.rebuilds.get()).isEqualTo(1);
    assertThat(other.matcher.rebuilds.get()).isEqualTo(1);
    // a new order is matched (against the engine app kept) and the version moves on
    OrderView buy = app.market.submit(JADE, buy("10.00", 4));
    assertThat(buy.status()).isEqualTo("FILLED");
    assertThat(app.matcher.rebuilds.get()).isEqualTo(1);
    assertThat(number("select book_version from market_state where instrument_id = ?", INSTRUMENT))
        .isNotEqualTo(version);
    // and the other instance sees the changed version and rebuilds before it matches again
    other.market.submit(JADE, buy("10.00", 6));
    assertThat(other.matcher.rebuilds.get()).isEqualTo(2);
    assertThat(number("select count(*) from trade")).isEqualTo(2);
    assertThat(app.market.reconcile(TOM).differences()).isEmpty();
  }

  @Test
  void thePreCheckAnswersInTheCallersLanguageWithTheSameCodes() {
    cash(JADE_PARTY, 50_00);
    OrderPreCheck en = app.market.preCheck(JADE, buy("10.00", 10));
    OrderPreCheck zh =
        app.market.preCheck(JADE, buy("10.00", 10), java.util.Locale.SIMPLIFIED_CHINESE);
    assertThat(en.allowed()).isFalse();
    assertThat(en.reasons()).containsExactly("NOT_ENOUGH_CASH: 50.00 CNY available.");
    assertThat(zh.reasons()).containsExactly("NOT_ENOUGH_CASH: 可用资金 50.00 CNY。");
    tokens(IVY, 3);
    assertThat(app.market.preCheck(IVAN, sell("10.00", 5), java.util.Locale.CHINA).reasons())
        .containsExactly("NOT_ENOUGH_TOKENS: 可用代币 3 个。");
    assertThat(app.market.preCheck(IVAN, sell("10.00", 5), java.util.Locale.GERMAN).reasons())
        .containsExactly("NOT_ENOUGH_TOKENS: 3 tokens available.");
  }

  static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
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
    for (Future<T> f : futures) {
      results.add(f.get());
    }
    return results;
  }

  // --- helper tplus: order history, status reason, every market's listeners

  static List<String> kinds(List<OrderEvent> events) {
    return events.stream().map(OrderEvent::kind).toList();
  }

  @Test
  void anOrdersHistoryTellsEnteredFilledAmendedAndCancelledByTheOperatorWithTheReason() {
    tokens(IVY, 100);
    cash(JADE_PARTY, 1000_00);
    OrderView sell = app.market.submit(IVAN, sell("10.00", 10));
    OrderView buy = app.market.submit(JADE, buy("10.00", 4));
    long tradeId = app.newTrades.get(0);
    app.market.amend(IVAN, sell.orderId(), "10.10", 5);
    long eventsBefore = number("select count(*) from trade_order_event");
    // a refused order and a refused amendment leave no event behind
    assertThatThrownBy(() -> app.market.submit(IVAN, sell("10.00", 1000)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> app.market.amend(IVAN, sell.orderId(), "10.10", 5))
        .isInstanceOf(ConflictException.class);
    assertThat(number("select count(*) from trade_order_event")).isEqualTo(eventsBefore);
    assertThat(app.market.cancelAll(TOM, INSTRUMENT, "  Suspected manipulation ")).isEqualTo(1);

    List<OrderEvent> history = app.market.orderHistory(IVAN, sell.orderId());
    assertThat(kinds(history)).containsExactly("ENTERED", "FILLED", "AMENDED", "CANCELLED");
    assertThat(history.stream().map(OrderEvent::quantity).toList())
        .containsExactly(10L, 4L, 5L, 5L);
    assertThat(history.stream().map(OrderEvent::price).toList())
        .containsExactly("10.00", "10.00", "10.10", null);
    assertThat(history.get(1).reason()).isEqualTo("Trade " + tradeId);
    assertThat(history.get(3).reason())
        .isEqualTo("Cancelled by market operations: Suspected manipulation");
    assertThat(history).allMatch(e -> e.at() != null);
    // the trustee sees the same; the buyer's order: entered, filled
    assertThat(app.market.orderHistory(TOM, sell.orderId())).isEqualTo(history);
    assertThat(kinds(app.market.orderHistory(JADE, buy.orderId())))
        .containsExactly("ENTERED", "FILLED");
    // settlement: one more event on both orders
    app.settler.settle(tradeId);
    assertThat(kinds(app.market.orderHistory(JADE, buy.orderId())))
        .containsExactly("ENTERED", "FILLED", "SETTLED");
    assertThat(kinds(app.market.orderHistory(IVAN, sell.orderId())))
        .containsExactly("ENTERED", "FILLED", "AMENDED", "CANCELLED", "SETTLED");
    // only its owner or a trustee; an unknown order is not found
    assertThatThrownBy(() -> app.market.orderHistory(JADE, sell.orderId()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> app.market.orderHistory(IVAN, 999_999))
        .isInstanceOf(org.cornerstone.shared.NotFoundException.class);
  }

  @Test
  void anOwnersCancelAndARefusedSettlementAreInTheHistory() {
    tokens(IVY, 100);
    cash(JADE_PARTY, 1000_00);
    OrderView sell = app.market.submit(IVAN, sell("10.00", 10));
    OrderView buy = app.market.submit(JADE, buy("10.00", 10));
    long tradeId = app.newTrades.get(0);
    REFUSED.add(JADE_PARTY);
    app.settler.settle(tradeId);
    List<OrderEvent> bought = app.market.orderHistory(JADE, buy.orderId());
    assertThat(kinds(bought)).containsExactly("ENTERED", "FILLED", "REFUSED");
    assertThat(bought.get(2).reason())
        .startsWith("Trade " + tradeId + ": ")
        .contains("RECIPIENT_NOT_ELIGIBLE");
    assertThat(kinds(app.market.orderHistory(IVAN, sell.orderId())))
        .containsExactly("ENTERED", "FILLED", "REFUSED");

    OrderView resting = app.market.submit(IVAN, sell("10.50", 3));
    app.market.cancel(IVAN, resting.orderId());
    List<OrderEvent> cancelled = app.market.orderHistory(IVAN, resting.orderId());
    assertThat(kinds(cancelled)).containsExactly("ENTERED", "CANCELLED");
    assertThat(cancelled.get(1).reason()).isEqualTo("Cancelled by the owner");
    assertThat(cancelled.get(1).quantity()).isEqualTo(3);
  }

  @Test
  void theHaltReasonIsShownWithTheStatusAndGoesWithTheResume() throws Exception {
    List<MarketChanged> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    AutoCloseable all = app.market.subscribeAll(heard::add);
    app.market.halt(TOM, INSTRUMENT, "Price-sensitive news pending");
    MarketSummary halted = app.market.markets(IVAN).get(0);
    assertThat(halted.status()).isEqualTo("HALTED");
    assertThat(halted.statusReason()).isEqualTo("Price-sensitive news pending");
    assertThat(app.market.market(IVAN, INSTRUMENT, 5).statusReason())
        .isEqualTo("Price-sensitive news pending");
    assertThat(heard).contains(new MarketChanged(INSTRUMENT));
    app.market.resume(TOM, INSTRUMENT);
    assertThat(app.market.markets(IVAN).get(0).statusReason()).isNull();
    assertThat(app.market.market(IVAN, INSTRUMENT, 5).statusReason()).isNull();
    int before = heard.size();
    all.close();
    app.market.halt(TOM, INSTRUMENT, "again");
    assertThat(heard).hasSize(before);
  }
}
