package org.cornerstone.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.cornerstone.cash.application.CashReservations;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.matching.CancelReason;
import org.cornerstone.matching.Command;
import org.cornerstone.matching.Event;
import org.cornerstone.matching.InstrumentRules;
import org.cornerstone.matching.MatchingEngine;
import org.cornerstone.matching.Side;
import org.cornerstone.matching.TimeInForce;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.trading.domain.MarketState;
import org.cornerstone.trading.domain.OrderStatus;
import org.cornerstone.trading.domain.SettlementState;
import org.cornerstone.trading.domain.StoredOrder;
import org.cornerstone.trading.domain.StoredOrderEvent;
import org.cornerstone.trading.domain.StoredTrade;
import org.cornerstone.trading.domain.TradingStore;

/**
 * The matcher of every instrument of this app instance: one {@link MatchingEngine} per instrument
 * kept in memory, driven only inside a transaction that holds the instrument's advisory lock, so
 * that exactly one matcher (on any instance sharing the database) changes a book at a time.
 *
 * <p>The stored orders are the truth. Each book change increments the instrument's {@code
 * book_version}; an engine whose version differs from the stored one (another instance matched,
 * this transaction rolled back, the app restarted, a new day began) is dropped and rebuilt from the
 * resting orders in their stored priority order. Fills, trades and reservation changes are written
 * in the same transaction as the match; settlement is asynchronous.
 *
 * <p>Engine order ids are the engine's own (1, 2, 3 … per rebuild), mapped to the stored ids,
 * because orders reach the matcher in commit order, not in id order. The engine runs without tick,
 * lot or band (the order entry checked those; a rule changed later must not drop resting orders).
 */
@ApplicationScoped
public class Matcher {
  private static final Logger LOG = Logger.getLogger(Matcher.class.getName());

  @Inject TradingStore store;
  @Inject CashReservations cash;
  @Inject TokenReservations tokens;
  @Inject BuyerFees fees;
  @Inject TradingPorts.Transactions transactions;
  @Inject TradingPorts.Catalog catalog;
  @Inject MarketListeners listeners;
  @Inject Clock clock;

  /** Called with the ids of the trades a committed match made (the settler starts on them). */
  private volatile java.util.function.Consumer<List<Long>> onTrades = ids -> {};

  /** Who hears of new trades after their match committed (the settlement scheduler). */
  public void onTrades(java.util.function.Consumer<List<Long>> listener) {
    onTrades = listener;
  }

  private final Map<String, InstrumentBook> books = new ConcurrentHashMap<>();

  /** How many times engines were rebuilt from the store (tests, benchmark). */
  final java.util.concurrent.atomic.AtomicLong rebuilds =
      new java.util.concurrent.atomic.AtomicLong();

  /** Matches every order of the instrument that is durable but not yet matched. */
  public void matchPending(String instrumentId) {
    inBook(instrumentId, ONLY_PENDING);
  }

  /** The work of {@link #matchPending}: nothing beyond the pending orders. */
  private static final Work ONLY_PENDING = session -> {};

  /** Cancels a live order (its remaining quantity); {@code reason} as the engine names it. */
  public void cancel(String instrumentId, long orderId) {
    inBook(
        instrumentId,
        session -> {
          session.cancelReason = OWNER_CANCEL;
          StoredOrder o = session.order(orderId);
          if (!o.status().live()) {
            throw new ConflictException(
                "Order " + orderId + " is no longer open (" + o.status().shown() + ").");
          }
          Long engineId = session.book.storedToEngine.get(orderId);
          if (engineId == null) {
            throw new IllegalStateException("Order " + orderId + " is live but not on the book");
          }
          session.apply(new Command.Cancel(clock.instant(), engineId, o.ownerParty()));
        });
  }

  /** Amends a live order: new price and new open quantity; the reservation follows first. */
  public void amend(String instrumentId, long orderId, long priceMinor, long openQuantity) {
    inBook(
        instrumentId,
        session -> {
          StoredOrder o = session.order(orderId);
          if (!o.status().live()) {
            throw new ConflictException(
                "Order " + orderId + " is no longer open (" + o.status().shown() + ").");
          }
          if (o.priceMinor() == priceMinor && o.openQuantity() == openQuantity) {
            throw new ConflictException("The amendment changes neither price nor quantity.");
          }
          session.rereserve(o, priceMinor, openQuantity, true);
          Long engineId = session.book.storedToEngine.get(orderId);
          session.apply(
              new Command.Amend(
                  clock.instant(), engineId, o.ownerParty(), priceMinor, openQuantity));
        });
  }

  /** Cancels every resting order of the instrument (market operations); answers how many. */
  public int cancelAll(String instrumentId, String reason) {
    int[] count = {0};
    inBook(
        instrumentId,
        session -> {
          session.cancelReason = OPERATOR_CANCEL + (reason == null ? "" : ": " + reason);
          session.apply(new Command.CancelAll(clock.instant()));
          count[0] = session.operatorCancels;
        });
    return count[0];
  }

  /** The history's reason of an order its owner cancelled. */
  public static final String OWNER_CANCEL = "Cancelled by the owner";

  /** The history's reason of an order market operations cancelled (then ": " and their reason). */
  public static final String OPERATOR_CANCEL = "Cancelled by market operations";

  /** Drops the in-memory engine (tests: "the process died"). */
  public void forget(String instrumentId) {
    books.remove(instrumentId);
  }

  /** The engine's depth, for tests comparing a rebuilt book. */
  List<org.cornerstone.matching.BookView.RestingOrder> restingInEngine(String instrumentId) {
    InstrumentBook b = books.get(instrumentId);
    if (b == null) {
      return List.of();
    }
    var snap = b.engine.snapshot();
    List<org.cornerstone.matching.BookView.RestingOrder> all = new ArrayList<>();
    for (var r : snap.bids()) {
      all.add(
          new org.cornerstone.matching.BookView.RestingOrder(
              b.engineToStored.get(r.orderId()),
              r.owner(),
              r.side(),
              r.price(),
              r.quantity(),
              r.timeInForce()));
    }
    for (var r : snap.asks()) {
      all.add(
          new org.cornerstone.matching.BookView.RestingOrder(
              b.engineToStored.get(r.orderId()),
              r.owner(),
              r.side(),
              r.price(),
              r.quantity(),
              r.timeInForce()));
    }
    return all;
  }

  // --- the matching transaction
  // -------------------------------------------------------------------

  interface Work {
    void run(Session session);
  }

  /** Runs {@code work} in the current transaction, holding the instrument's lock. */
  private void inBook(String instrumentId, Work work) {
    // the lock, the market and the pending orders as the lock finds them: one request
    TradingStore.OpenedBook opened = store.openBook(instrumentId);
    MarketState state =
        opened
            .state()
            .orElseThrow(() -> new IllegalStateException("No market for " + instrumentId));
    Instant now = clock.instant();
    Instant today = now.truncatedTo(ChronoUnit.DAYS);
    // taken out while in use: put back only by a transaction that got to its end (see below)
    InstrumentBook book = books.remove(instrumentId);
    Session session;
    boolean newDay = false;
    if (book == null || book.version != state.bookVersion() || !book.dayStart.equals(today)) {
      newDay = state.dayStart() == null || state.dayStart().isBefore(today);
      session = new Session(state, null, now);
      book = rebuild(session, state, today, now);
      session.book = book;
    } else {
      session = new Session(state, book, now);
    }
    InstrumentBook used = book;
    List<StoredOrder> pending = opened.pending();
    if (work == ONLY_PENDING && pending.isEmpty() && !newDay) {
      // Nothing to match (another transaction matched them all): the stored book did not change,
      // so its version stays and this transaction writes nothing (no commit to wait for).
      books.put(instrumentId, used);
      transactions.afterCompletion(
          committed -> {
            if (!committed) {
              books.remove(instrumentId, used);
            }
          });
      return;
    }
    // every order may come to rest, and the version: their sequence numbers in one round trip
    session.priorities.addAll(store.nextPrioritySeqs(pending.size() + 1));
    for (StoredOrder order : pending) {
      session.submit(order);
    }
    work.run(session);
    session.flush();
    // from a sequence: a version a rolled-back transaction took is never seen again
    long version = session.nextPriority();
    store.setBookVersion(instrumentId, version, now);
    InstrumentBook next = used.at(version);
    books.put(instrumentId, next);
    List<Long> trades = List.copyOf(session.newTrades);
    transactions.afterCompletion(
        committed -> {
          if (!committed) {
            books.remove(instrumentId, next);
            return;
          }
          listeners.publish(instrumentId);
          if (!trades.isEmpty()) {
            onTrades.accept(trades);
          }
        });
  }

  /**
   * A new engine with the stored resting orders in their priority order. On the first rebuild of a
   * day, the DAY orders of earlier days expire and the reference price becomes the last trade's.
   */
  private InstrumentBook rebuild(Session session, MarketState state, Instant today, Instant now) {
    rebuilds.incrementAndGet();
    long reference = state.referencePriceMinor();
    if (state.dayStart() == null || state.dayStart().isBefore(today)) {
      for (StoredOrder o : store.resting(state.instrumentId())) {
        if ("DAY".equals(o.timeInForce()) && o.enteredAt().isBefore(today)) {
          session.touched.put(o.id(), o);
          session.end(o, OrderStatus.EXPIRED, null);
        }
      }
      session.flush();
      List<StoredTrade> last = store.tradesOfInstrument(state.instrumentId(), 1);
      if (!last.isEmpty()) {
        reference = last.get(0).priceMinor();
      }
      store.setReference(state.instrumentId(), reference, today, now);
    }
    long engineReference = reference > 0 ? reference : 1;
    MatchingEngine engine =
        new MatchingEngine(new InstrumentRules(state.instrumentId(), 1, 1, engineReference, 0));
    engine.apply(
        new Command.StartDay(now, today.plus(Duration.ofDays(1)), engineReference), e -> {});
    InstrumentBook book = new InstrumentBook(engine, state.bookVersion(), today);
    for (StoredOrder o : store.resting(state.instrumentId())) {
      long id = book.map(o.id());
      List<Event> events =
          engine.apply(
              new Command.Submit(
                  now,
                  id,
                  o.ownerParty(),
                  Side.valueOf(o.side()),
                  o.priceMinor(),
                  o.openQuantity(),
                  TimeInForce.valueOf(o.timeInForce())));
      if (events.size() != 1 || !(events.get(0) instanceof Event.Accepted)) {
        throw new IllegalStateException(
            "The stored book of " + state.instrumentId() + " does not rebuild: " + events);
      }
    }
    return book;
  }

  /** One matching transaction: applies commands and writes what they did. */
  final class Session {
    final MarketState state;
    InstrumentBook book;
    final Instant now;
    final Map<Long, StoredOrder> touched = new LinkedHashMap<>();
    final List<Long> newTrades = new ArrayList<>();
    final List<StoredOrderEvent> events = new ArrayList<>();

    /**
     * Priority sequence numbers taken at the start of the session (ascending, later than any this
     * instrument used before; the session holds its lock), handed out before new ones are taken.
     */
    final java.util.ArrayDeque<Long> priorities = new java.util.ArrayDeque<>();

    int operatorCancels;

    /** What a requested or operator cancel writes in the order's history. */
    String cancelReason;

    Session(MarketState state, InstrumentBook book, Instant now) {
      this.state = state;
      this.book = book;
      this.now = now;
    }

    StoredOrder order(long id) {
      StoredOrder o = touched.get(id);
      if (o == null) {
        o = store.order(id).orElseThrow(() -> new IllegalStateException("No order " + id));
        touched.put(id, o);
      }
      return o;
    }

    void submit(StoredOrder pending) {
      touched.put(pending.id(), pending);
      long id = book.map(pending.id());
      apply(
          new Command.Submit(
              now,
              id,
              pending.ownerParty(),
              Side.valueOf(pending.side()),
              pending.priceMinor(),
              pending.openQuantity(),
              TimeInForce.valueOf(pending.timeInForce())));
    }

    void apply(Command command) {
      List<Long> amendedLosingPriority = new ArrayList<>();
      List<Long> accepted = new ArrayList<>();
      for (Event e : book.engine.apply(command)) {
        if (e instanceof Event.Accepted a) {
          StoredOrder o = order(stored(a.orderId()));
          touched.put(
              o.id(),
              o.withState(OrderStatus.OPEN, o.openQuantity(), o.filledQuantity(), null, now));
          accepted.add(o.id());
        } else if (e instanceof Event.Rejected r) {
          if (command instanceof Command.Submit) {
            StoredOrder o = order(stored(r.orderId()));
            end(o, OrderStatus.REJECTED, r.reason().name());
          } else {
            throw new ConflictException("The matcher refused: " + r.reason().name());
          }
        } else if (e instanceof Event.Trade t) {
          trade(t);
        } else if (e instanceof Event.Cancelled c) {
          StoredOrder o = order(stored(c.orderId()));
          if (c.reason() == CancelReason.OPERATOR) {
            operatorCancels++;
          }
          String reason = c.reason() == CancelReason.REQUESTED ? null : c.reason().name();
          String history =
              (c.reason() == CancelReason.REQUESTED || c.reason() == CancelReason.OPERATOR)
                      && cancelReason != null
                  ? cancelReason
                  : c.reason().name();
          end(o, OrderStatus.CANCELLED, reason, history);
        } else if (e instanceof Event.Expired x) {
          end(order(stored(x.orderId())), OrderStatus.EXPIRED, null);
        } else if (e instanceof Event.Amended a) {
          StoredOrder o = order(stored(a.orderId()));
          event(
              o.id(),
              "AMENDED",
              a.quantity(),
              a.price(),
              a.priorityKept() ? "Priority kept" : "Priority lost");
          touched.put(o.id(), o.amended(a.price(), a.quantity(), now));
          if (!a.priorityKept()) {
            amendedLosingPriority.add(o.id());
          }
        }
      }
      // a new place in the queue for orders that now rest and had none (or lost theirs)
      List<Long> queue = new ArrayList<>(accepted);
      queue.addAll(amendedLosingPriority);
      for (long id : queue) {
        StoredOrder o = touched.get(id);
        Long engineId = book.storedToEngine.get(id);
        if (o.status().live()
            && engineId != null
            && book.engine.restingOrder(engineId).isPresent()) {
          touched.put(id, o.withPriority(nextPriority()));
        }
      }
    }

    long nextPriority() {
      Long pooled = priorities.poll();
      return pooled != null ? pooled : store.nextPrioritySeq();
    }

    long stored(long engineId) {
      Long id = book.engineToStored.get(engineId);
      if (id == null) {
        throw new IllegalStateException("Unknown engine order " + engineId);
      }
      return id;
    }

    private void trade(Event.Trade t) {
      StoredOrder buy = order(stored(t.buyOrderId()));
      StoredOrder sell = order(stored(t.sellOrderId()));
      long amount = Math.multiplyExact(t.price(), t.quantity());
      long tradeId = store.nextTradeId();
      store.insert(
          new StoredTrade(
              tradeId,
              state.instrumentId(),
              buy.id(),
              sell.id(),
              buy.ownerParty(),
              sell.ownerParty(),
              t.price(),
              t.quantity(),
              amount,
              state.currency(),
              t.aggressorSide().name(),
              now,
              SettlementState.PENDING,
              null,
              0,
              null,
              now));
      newTrades.add(tradeId);
      event(buy.id(), "FILLED", t.quantity(), t.price(), "Trade " + tradeId);
      event(sell.id(), "FILLED", t.quantity(), t.price(), "Trade " + tradeId);
      // the buyer's cash: this trade's part moves to the trade; the rest stays with the order at
      // its limit; a better price frees the difference at once
      StoredOrder filledBuy = fill(buy, t.quantity());
      cash.release(buy.reservationKey());
      cash.reserve(
          StoredTrade.cashKey(tradeId),
          PartyName.of(buy.ownerParty()),
          MoneyAmount.of(amount, state.currency()),
          "Trade " + tradeId);
      long feeRest = fees.fill(buy, filledBuy, tradeId, t.price(), t.quantity(), state);
      filledBuy = carryCash(filledBuy, feeRest);
      touched.put(buy.id(), filledBuy);
      StoredOrder filledSell = fill(sell, t.quantity());
      tokens.release(sell.reservationKey());
      tokens.carryOver(
          StoredTrade.tokenKey(tradeId),
          sell.ownerParty(),
          state.instrumentId(),
          t.quantity(),
          "Trade " + tradeId);
      filledSell = carryTokens(filledSell);
      touched.put(sell.id(), filledSell);
    }

    private StoredOrder fill(StoredOrder o, long quantity) {
      long open = o.openQuantity() - quantity;
      long filled = o.filledQuantity() + quantity;
      return o.withState(
          open == 0 ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED,
          open,
          filled,
          o.rejectReason(),
          now);
    }

    /** The rest of a buy order at its limit, with {@code feeRest} of fee (see BuyerFees). */
    private StoredOrder carryCash(StoredOrder o, long feeRest) {
      if (o.openQuantity() == 0) {
        return o.withReservation(null, o.reservationGen());
      }
      int gen = o.reservationGen() + 1;
      String key = StoredOrder.reservationKey(o.id(), gen);
      cash.reserve(
          key,
          PartyName.of(o.ownerParty()),
          MoneyAmount.of(
              Math.addExact(Math.multiplyExact(o.priceMinor(), o.openQuantity()), feeRest),
              state.currency()),
          "Order " + o.id());
      return o.withReservation(key, gen);
    }

    private StoredOrder carryTokens(StoredOrder o) {
      if (o.openQuantity() == 0) {
        return o.withReservation(null, o.reservationGen());
      }
      int gen = o.reservationGen() + 1;
      String key = StoredOrder.reservationKey(o.id(), gen);
      tokens.carryOver(
          key, o.ownerParty(), state.instrumentId(), o.openQuantity(), "Order " + o.id());
      return o.withReservation(key, gen);
    }

    /**
     * Moves an order's reservation to a new price and open quantity (amendment). Raising it needs
     * cash or tokens available now.
     */
    void rereserve(StoredOrder o, long priceMinor, long openQuantity, boolean check) {
      int gen = o.reservationGen() + 1;
      String key = StoredOrder.reservationKey(o.id(), gen);
      if (o.buy()) {
        cash.release(o.reservationKey());
        cash.reserve(
            key,
            PartyName.of(o.ownerParty()),
            MoneyAmount.of(fees.amended(o, priceMinor, openQuantity, state), state.currency()),
            "Order " + o.id());
      } else {
        tokens.release(o.reservationKey());
        tokens.reserve(key, o.ownerParty(), state.instrumentId(), openQuantity, "Order " + o.id());
      }
      touched.put(o.id(), o.withReservation(key, gen));
    }

    /** The order leaves the book: what it still reserves is released. */
    void end(StoredOrder o, OrderStatus status, String reason) {
      end(o, status, reason, reason);
    }

    /** The same; {@code history} is the reason the order's history shows. */
    void end(StoredOrder o, OrderStatus status, String reason, String history) {
      event(o.id(), status.name(), o.openQuantity(), null, history);
      if (o.buy()) {
        cash.release(o.reservationKey());
      } else {
        tokens.release(o.reservationKey());
      }
      StoredOrder ended = o.withState(status, 0, o.filledQuantity(), reason, now);
      touched.put(o.id(), ended.withReservation(null, o.reservationGen()));
    }

    /** Appends to the order's history, in this (the matching) transaction, when it flushes. */
    void event(long orderId, String kind, long quantity, Long priceMinor, String reason) {
      events.add(new StoredOrderEvent(orderId, now, kind, quantity, priceMinor, reason));
    }

    /** Writes the session's events, then its orders, one batch each. */
    void flush() {
      store.insertEvents(events);
      events.clear();
      List<StoredOrder> writes = new ArrayList<>(touched.size());
      for (StoredOrder o : touched.values()) {
        StoredOrder write = o;
        if (!o.status().live() && o.prioritySeq() != null) {
          write = o.withPriority(null);
        }
        writes.add(write);
      }
      store.updateAll(writes);
      touched.clear();
    }
  }

  static void log(String message) {
    LOG.warning(message);
  }
}
