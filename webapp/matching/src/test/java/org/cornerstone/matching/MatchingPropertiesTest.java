package org.cornerstone.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.cornerstone.matching.BookView.RestingOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random command streams (valid and invalid commands, day starts and ends, halts, operator
 * cancels): replay determinism, rebuild after a crash, invariants after every command, and
 * agreement with an independent naive implementation of the same rules.
 */
class MatchingPropertiesTest {

  static final int COMMANDS = 30_000;

  static List<Command> stream(long seed) {
    RandomOrderStream stream = new RandomOrderStream(seed, 400, true);
    List<Command> commands = new ArrayList<>(COMMANDS + 1);
    commands.add(stream.firstDay());
    for (int i = 0; i < COMMANDS; i++) {
      commands.add(stream.next());
    }
    return commands;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20261206})
  void replayingTheSameCommandsTwiceGivesIdenticalEventsAndBook(long seed) {
    List<Command> log = stream(seed);
    List<Event> first = new ArrayList<>();
    List<Event> second = new ArrayList<>();
    MatchingEngine a = MatchingEngine.replay(RandomOrderStream.rules(), log, first::add);
    MatchingEngine b = MatchingEngine.replay(RandomOrderStream.rules(), log, second::add);
    assertThat(second).isEqualTo(first);
    assertThat(b.snapshot()).isEqualTo(a.snapshot());
    assertThat(b.depth(20)).isEqualTo(a.depth(20));
    assertThat(b.lastTrades(100)).isEqualTo(a.lastTrades(100));
    // the stream exercised what it should
    assertThat(first).filteredOn(Event.Trade.class::isInstance).hasSizeGreaterThan(1_000);
    assertThat(first).filteredOn(Event.Expired.class::isInstance).isNotEmpty();
    assertThat(first)
        .filteredOn(
            e -> e instanceof Event.Cancelled c && c.reason() == CancelReason.SELF_TRADE_PREVENTED)
        .isNotEmpty();
    assertThat(first)
        .filteredOn(
            e -> e instanceof Event.Cancelled c && c.reason() == CancelReason.FOK_NOT_FILLABLE)
        .isNotEmpty();
    assertThat(first)
        .filteredOn(e -> e instanceof Event.Amended m && m.priorityKept())
        .isNotEmpty();
    assertThat(first).filteredOn(Event.Rejected.class::isInstance).hasSizeGreaterThan(100);
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 6, 7})
  void anEngineRebuiltAfterACrashContinuesExactlyAsIfNothingHappened(long seed) {
    List<Command> log = stream(seed);
    List<Event> uninterrupted = new ArrayList<>();
    MatchingEngine.replay(RandomOrderStream.rules(), log, uninterrupted::add);

    int crashAt = log.size() / 3;
    List<Event> beforeCrash = new ArrayList<>();
    MatchingEngine.replay(RandomOrderStream.rules(), log.subList(0, crashAt), beforeCrash::add);
    // the process dies; a new one rebuilds from the stored commands and goes on
    List<Event> ignoredWhileRebuilding = new ArrayList<>();
    MatchingEngine rebuilt =
        MatchingEngine.replay(
            RandomOrderStream.rules(), log.subList(0, crashAt), ignoredWhileRebuilding::add);
    assertThat(ignoredWhileRebuilding).isEqualTo(beforeCrash);
    List<Event> afterCrash = new ArrayList<>(beforeCrash);
    for (Command command : log.subList(crashAt, log.size())) {
      rebuilt.apply(command, afterCrash::add);
    }
    assertThat(afterCrash).isEqualTo(uninterrupted);
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void agreesEventForEventWithTheNaiveImplementation(long seed) {
    MatchingEngine engine = new MatchingEngine(RandomOrderStream.rules());
    NaiveBook naive = new NaiveBook(RandomOrderStream.rules());
    int i = 0;
    for (Command command : stream(seed)) {
      List<Event> expected = naive.apply(command);
      assertThat(engine.apply(command)).as("command %d: %s", i, command).isEqualTo(expected);
      i++;
    }
    List<RestingOrder> resting = new ArrayList<>(engine.snapshot().bids());
    resting.addAll(engine.snapshot().asks());
    assertThat(resting).isEqualTo(naive.restingOrders());
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23})
  void invariantsHoldAfterEveryCommand(long seed) {
    MatchingEngine engine = new MatchingEngine(RandomOrderStream.rules());
    Map<Long, Long> open = new HashMap<>(); // order id → open quantity, from the events alone
    Map<Long, Long> limit = new HashMap<>();
    Map<Long, Long> accepted = new HashMap<>();
    Map<Long, Long> filled = new HashMap<>();
    Map<Long, Long> removed = new HashMap<>(); // cancelled or expired
    long lastTradeId = 0;
    int n = 0;
    for (Command command : stream(seed)) {
      BookView.Snapshot before = n % 50 == 0 ? engine.snapshot() : null;
      List<Event> events = engine.apply(command);
      for (Event event : events) {
        if (event instanceof Event.Accepted a) {
          open.put(a.orderId(), a.quantity());
          limit.put(a.orderId(), a.price());
          accepted.put(a.orderId(), a.quantity());
        } else if (event instanceof Event.Trade t) {
          assertThat(t.tradeId()).isEqualTo(++lastTradeId);
          assertThat(t.quantity()).isPositive();
          assertThat(t.buyer()).isNotEqualTo(t.seller());
          assertThat(t.price()).isLessThanOrEqualTo(limit.get(t.buyOrderId()));
          assertThat(t.price()).isGreaterThanOrEqualTo(limit.get(t.sellOrderId()));
          long restingId = t.aggressorSide() == Side.BUY ? t.sellOrderId() : t.buyOrderId();
          assertThat(t.price()).isEqualTo(limit.get(restingId));
          for (long id : new long[] {t.buyOrderId(), t.sellOrderId()}) {
            assertThat(open.get(id)).isGreaterThanOrEqualTo(t.quantity());
            open.merge(id, -t.quantity(), Long::sum);
            filled.merge(id, t.quantity(), Long::sum);
          }
        } else if (event instanceof Event.Cancelled c) {
          assertThat(c.quantity()).isEqualTo(open.get(c.orderId()));
          open.put(c.orderId(), 0L);
          removed.merge(c.orderId(), c.quantity(), Long::sum);
        } else if (event instanceof Event.Expired x) {
          assertThat(x.quantity()).isEqualTo(open.get(x.orderId()));
          open.put(x.orderId(), 0L);
          removed.merge(x.orderId(), x.quantity(), Long::sum);
        } else if (event instanceof Event.Amended m) {
          // the amendment replaces the open quantity: account for it as removed then re-added
          long delta = m.quantity() - open.get(m.orderId());
          accepted.merge(m.orderId(), delta, Long::sum);
          open.put(m.orderId(), m.quantity());
          limit.put(m.orderId(), m.price());
        } else if (event instanceof Event.Rejected && before != null) {
          assertThat(events).hasSize(1);
          // a refused command changes nothing (but time, which every command moves on)
          assertThat(withoutTime(engine.snapshot())).isEqualTo(withoutTime(before));
        }
      }
      // no crossed book
      OptionalLong bid = engine.bestBid();
      OptionalLong ask = engine.bestAsk();
      if (bid.isPresent() && ask.isPresent()) {
        assertThat(bid.getAsLong()).as("command %d", n).isLessThan(ask.getAsLong());
      }
      if (n % 50 == 0) {
        checkBookMatchesEvents(engine, open);
      }
      n++;
    }
    checkBookMatchesEvents(engine, open);
    // quantities conserved: accepted (+ amendments) = filled + cancelled/expired + still open
    for (Map.Entry<Long, Long> order : accepted.entrySet()) {
      long id = order.getKey();
      assertThat(order.getValue())
          .as("order %d", id)
          .isEqualTo(filled.getOrDefault(id, 0L) + removed.getOrDefault(id, 0L) + open.get(id));
    }
    // both sides of every trade counted: total bought = total sold
    assertThat(filled.values().stream().mapToLong(Long::longValue).sum() % 2).isZero();
  }

  private static BookView.Snapshot withoutTime(BookView.Snapshot s) {
    return new BookView.Snapshot(
        s.bids(),
        s.asks(),
        s.lastOrderId(),
        s.lastTradeId(),
        s.referencePrice(),
        s.endOfDay(),
        s.halted(),
        null);
  }

  private static void checkBookMatchesEvents(MatchingEngine engine, Map<Long, Long> open) {
    BookView.Snapshot snapshot = engine.snapshot();
    Map<Long, Long> resting = new HashMap<>();
    for (List<RestingOrder> side : List.of(snapshot.bids(), snapshot.asks())) {
      for (RestingOrder order : side) {
        assertThat(order.quantity()).isPositive();
        resting.put(order.orderId(), order.quantity());
      }
    }
    open.forEach(
        (id, quantity) -> {
          if (quantity > 0) {
            assertThat(resting.get(id)).as("order %d", id).isEqualTo(quantity);
          } else {
            assertThat(resting).doesNotContainKey(id);
          }
        });
    // levels aggregate their orders, best first, strictly ordered
    checkLevels(snapshot.bids(), engine.depth(Integer.MAX_VALUE).bids(), true);
    checkLevels(snapshot.asks(), engine.depth(Integer.MAX_VALUE).asks(), false);
  }

  private static void checkLevels(
      List<RestingOrder> orders, List<BookView.PriceLevel> levels, boolean descending) {
    Map<Long, long[]> byPrice = new java.util.LinkedHashMap<>();
    for (RestingOrder order : orders) {
      long[] sum = byPrice.computeIfAbsent(order.price(), p -> new long[2]);
      sum[0] += order.quantity();
      sum[1]++;
    }
    assertThat(levels).hasSize(byPrice.size());
    long previous = descending ? Long.MAX_VALUE : Long.MIN_VALUE;
    for (BookView.PriceLevel level : levels) {
      assertThat(descending ? level.price() < previous : level.price() > previous).isTrue();
      previous = level.price();
      long[] sum = byPrice.get(level.price());
      assertThat(level.quantity()).isEqualTo(sum[0]);
      assertThat((long) level.orders()).isEqualTo(sum[1]);
    }
  }
}
