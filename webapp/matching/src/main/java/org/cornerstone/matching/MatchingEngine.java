package org.cornerstone.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The order book of one instrument and its price-time priority matching.
 *
 * <p>Single-threaded by design: one thread (the instrument's matcher) calls {@link #apply}; nothing
 * here is thread-safe. Deterministic: the events depend only on the rules the engine was built with
 * and the commands applied, never on a clock, hash order or randomness, so {@link #replay} of the
 * stored commands rebuilds the same book, sequences and trades.
 *
 * <p>Prices are in minor units, quantities in tokens, both {@code long}. A trade is priced at the
 * resting order's price. Self-trade prevention policy: an incoming order never trades with a
 * resting order of the same owner; that resting order is cancelled ({@link
 * CancelReason#SELF_TRADE_PREVENTED}) and matching continues with the next one.
 */
public final class MatchingEngine {

  /** The largest quantity of one order (10^12 tokens). */
  public static final long MAX_QUANTITY = 1_000_000_000_000L;

  /** How many trades {@link #lastTrades} can return. */
  public static final int RECENT_TRADES = 100;

  private final InstrumentRules rules;
  private final BookSide bids = new BookSide(Side.BUY);
  private final BookSide asks = new BookSide(Side.SELL);
  private final LongMap<Order> live = new LongMap<>();
  private final Event.Trade[] recentTrades = new Event.Trade[RECENT_TRADES];
  private int recentNext;
  private int recentCount;

  private long referencePrice;
  private long lowestPrice;
  private long highestPrice;
  private Instant endOfDay;
  private boolean halted;
  private long lastOrderId;
  private long lastTradeId;
  private int liveDayOrders;
  private Instant now = Instant.EPOCH;

  public MatchingEngine(InstrumentRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
    setReference(rules.referencePrice());
  }

  /** A new engine with {@code commands} applied in order; their events go to {@code sink}. */
  public static MatchingEngine replay(
      InstrumentRules rules, Iterable<? extends Command> commands, EventSink sink) {
    MatchingEngine engine = new MatchingEngine(rules);
    for (Command command : commands) {
      engine.apply(command, sink);
    }
    return engine;
  }

  public InstrumentRules rules() {
    return rules;
  }

  /** Applies one command; its events are returned in order. */
  public List<Event> apply(Command command) {
    List<Event> events = new ArrayList<>(4);
    apply(command, events::add);
    return events;
  }

  /** Applies one command; its events go to {@code sink} in order. */
  public void apply(Command command, EventSink sink) {
    Instant at = command.at();
    if (at.isAfter(now)) {
      now = at;
    }
    if (liveDayOrders > 0 && endOfDay != null && !now.isBefore(endOfDay)) {
      expireDayOrders(sink);
    }
    if (command instanceof Command.Submit submit) {
      submit(submit, sink);
    } else if (command instanceof Command.Cancel cancel) {
      cancel(cancel, sink);
    } else if (command instanceof Command.Amend amend) {
      amend(amend, sink);
    } else if (command instanceof Command.StartDay startDay) {
      endOfDay = startDay.endOfDay();
      setReference(startDay.referencePrice());
      sink.on(new Event.DayStarted(now, endOfDay, referencePrice));
    } else if (command instanceof Command.Halt) {
      halted = true;
      sink.on(new Event.StatusChanged(now, true));
    } else if (command instanceof Command.Resume) {
      halted = false;
      sink.on(new Event.StatusChanged(now, false));
    } else if (command instanceof Command.CancelAll) {
      for (Order order : restingInPriorityOrder()) {
        removeResting(order);
        sink.on(new Event.Cancelled(now, order.id, order.remaining, CancelReason.OPERATOR));
      }
    }
    // Command.Tick: only time passes (handled above).
  }

  // --- commands --------------------------------------------------------------------------------

  private void submit(Command.Submit s, EventSink sink) {
    RejectReason reason = checkSubmit(s);
    if (reason != null) {
      sink.on(new Event.Rejected(now, s.orderId(), reason));
      return;
    }
    lastOrderId = s.orderId();
    sink.on(
        new Event.Accepted(
            now, s.orderId(), s.owner(), s.side(), s.price(), s.quantity(), s.timeInForce()));
    Order order =
        new Order(s.orderId(), s.owner(), s.side(), s.price(), s.quantity(), s.timeInForce());
    if (order.timeInForce == TimeInForce.FOK && !fillable(order)) {
      sink.on(new Event.Cancelled(now, order.id, order.remaining, CancelReason.FOK_NOT_FILLABLE));
      return;
    }
    match(order, sink);
    if (order.remaining > 0) {
      if (order.timeInForce.rests()) {
        rest(order);
      } else {
        sink.on(new Event.Cancelled(now, order.id, order.remaining, CancelReason.IOC_REMAINDER));
      }
    }
  }

  private RejectReason checkSubmit(Command.Submit s) {
    if (halted) {
      return RejectReason.INSTRUMENT_HALTED;
    }
    if (s.orderId() <= lastOrderId) {
      return RejectReason.ORDER_ID_NOT_INCREASING;
    }
    if (s.owner() == null || s.owner().isBlank()) {
      return RejectReason.OWNER_MISSING;
    }
    RejectReason reason = checkQuantity(s.quantity());
    if (reason == null) {
      reason = checkPrice(s.price());
    }
    if (reason == null
        && s.timeInForce() == TimeInForce.DAY
        && (endOfDay == null || !now.isBefore(endOfDay))) {
      reason = RejectReason.DAY_SESSION_CLOSED;
    }
    return reason;
  }

  private RejectReason checkQuantity(long quantity) {
    if (quantity <= 0) {
      return RejectReason.QUANTITY_NOT_POSITIVE;
    }
    if (quantity > MAX_QUANTITY) {
      return RejectReason.QUANTITY_TOO_LARGE;
    }
    if (quantity % rules.lotSize() != 0) {
      return RejectReason.QUANTITY_NOT_LOT_MULTIPLE;
    }
    return null;
  }

  private RejectReason checkPrice(long price) {
    if (price <= 0) {
      return RejectReason.PRICE_NOT_POSITIVE;
    }
    if (price % rules.tickSize() != 0) {
      return RejectReason.PRICE_NOT_ON_TICK;
    }
    if (price > highestPrice) {
      return RejectReason.PRICE_ABOVE_BAND;
    }
    if (price < lowestPrice) {
      return RejectReason.PRICE_BELOW_BAND;
    }
    return null;
  }

  private void cancel(Command.Cancel c, EventSink sink) {
    Order order = live.get(c.orderId());
    if (order == null) {
      sink.on(new Event.Rejected(now, c.orderId(), RejectReason.UNKNOWN_ORDER));
      return;
    }
    if (!order.owner.equals(c.owner())) {
      sink.on(new Event.Rejected(now, c.orderId(), RejectReason.NOT_ORDER_OWNER));
      return;
    }
    removeResting(order);
    sink.on(new Event.Cancelled(now, order.id, order.remaining, CancelReason.REQUESTED));
  }

  private void amend(Command.Amend a, EventSink sink) {
    Order order = live.get(a.orderId());
    RejectReason reason = null;
    if (halted) {
      reason = RejectReason.INSTRUMENT_HALTED;
    } else if (order == null) {
      reason = RejectReason.UNKNOWN_ORDER;
    } else if (!order.owner.equals(a.owner())) {
      reason = RejectReason.NOT_ORDER_OWNER;
    } else {
      reason = checkQuantity(a.quantity());
      if (reason == null && a.price() != order.price) {
        reason = checkPrice(a.price()); // a resting price outside today's band may stay as it is
      }
      if (reason == null && a.price() == order.price && a.quantity() == order.remaining) {
        reason = RejectReason.AMEND_NO_CHANGE;
      }
    }
    if (reason != null) {
      sink.on(new Event.Rejected(now, a.orderId(), reason));
      return;
    }
    if (a.price() == order.price && a.quantity() < order.remaining) {
      order.level.quantity -= order.remaining - a.quantity();
      order.remaining = a.quantity();
      sink.on(new Event.Amended(now, order.id, order.price, order.remaining, true));
      return;
    }
    removeResting(order);
    order.price = a.price();
    order.remaining = a.quantity();
    sink.on(new Event.Amended(now, order.id, order.price, order.remaining, false));
    match(order, sink);
    if (order.remaining > 0) {
      rest(order);
    }
  }

  private void expireDayOrders(EventSink sink) {
    for (Order order : restingInPriorityOrder()) {
      if (order.timeInForce == TimeInForce.DAY) {
        removeResting(order);
        sink.on(new Event.Expired(now, order.id, order.remaining));
      }
    }
  }

  // --- matching --------------------------------------------------------------------------------

  private static boolean crosses(Order incoming, long restingPrice) {
    return incoming.side == Side.BUY
        ? restingPrice <= incoming.price
        : restingPrice >= incoming.price;
  }

  /** Whether a FOK order can be filled completely by resting orders of other owners. */
  private boolean fillable(Order incoming) {
    BookSide opposite = incoming.side == Side.BUY ? asks : bids;
    long needed = incoming.remaining;
    for (int i = 0; i < opposite.size; i++) {
      Level level = opposite.level(i);
      if (!crosses(incoming, level.price)) {
        return false;
      }
      for (Order resting = level.head; resting != null; resting = resting.next) {
        if (!resting.owner.equals(incoming.owner)) {
          needed -= resting.remaining;
          if (needed <= 0) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void match(Order incoming, EventSink sink) {
    BookSide opposite = incoming.side == Side.BUY ? asks : bids;
    while (incoming.remaining > 0) {
      Level best = opposite.best;
      if (best == null || !crosses(incoming, best.price)) {
        return;
      }
      Order resting = best.head;
      if (resting.owner.equals(incoming.owner)) {
        removeResting(resting);
        sink.on(
            new Event.Cancelled(
                now, resting.id, resting.remaining, CancelReason.SELF_TRADE_PREVENTED));
        continue;
      }
      long quantity = Math.min(incoming.remaining, resting.remaining);
      incoming.remaining -= quantity;
      resting.remaining -= quantity;
      best.quantity -= quantity;
      Order buy = incoming.side == Side.BUY ? incoming : resting;
      Order sell = incoming.side == Side.BUY ? resting : incoming;
      Event.Trade trade =
          new Event.Trade(
              now,
              ++lastTradeId,
              buy.id,
              buy.owner,
              sell.id,
              sell.owner,
              resting.price,
              quantity,
              incoming.side);
      recentTrades[recentNext] = trade;
      recentNext = (recentNext + 1) % RECENT_TRADES;
      if (recentCount < RECENT_TRADES) {
        recentCount++;
      }
      if (resting.remaining == 0) {
        removeResting(resting);
      }
      sink.on(trade);
    }
  }

  private void rest(Order order) {
    BookSide side = order.side == Side.BUY ? bids : asks;
    side.append(order);
    live.put(order.id, order);
    if (order.timeInForce == TimeInForce.DAY) {
      liveDayOrders++;
    }
  }

  private void removeResting(Order order) {
    BookSide side = order.side == Side.BUY ? bids : asks;
    side.unlink(order);
    live.remove(order.id);
    if (order.timeInForce == TimeInForce.DAY) {
      liveDayOrders--;
    }
  }

  private List<Order> restingInPriorityOrder() {
    List<Order> orders = new ArrayList<>(live.size());
    for (BookSide side : List.of(bids, asks)) {
      for (int i = 0; i < side.size; i++) {
        for (Order order = side.level(i).head; order != null; order = order.next) {
          orders.add(order);
        }
      }
    }
    return orders;
  }

  private void setReference(long reference) {
    referencePrice = reference;
    lowestPrice = rules.lowestPrice(reference);
    highestPrice = rules.highestPrice(reference);
  }

  // --- views -----------------------------------------------------------------------------------

  /** The best {@code levels} price levels of each side, best first, aggregated by price. */
  public BookView.Depth depth(int levels) {
    return new BookView.Depth(bids.depth(levels), asks.depth(levels));
  }

  /** The newest {@code count} trades (at most {@value #RECENT_TRADES}), newest first. */
  public List<Event.Trade> lastTrades(int count) {
    int n = Math.min(count, recentCount);
    List<Event.Trade> trades = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      trades.add(recentTrades[Math.floorMod(recentNext - i, RECENT_TRADES)]);
    }
    return trades;
  }

  /** The best bid, if any. */
  public java.util.OptionalLong bestBid() {
    return bids.best == null
        ? java.util.OptionalLong.empty()
        : java.util.OptionalLong.of(bids.best.price);
  }

  /** The best ask, if any. */
  public java.util.OptionalLong bestAsk() {
    return asks.best == null
        ? java.util.OptionalLong.empty()
        : java.util.OptionalLong.of(asks.best.price);
  }

  /** A resting order by id, if it is on the book. */
  public java.util.Optional<BookView.RestingOrder> restingOrder(long orderId) {
    Order order = live.get(orderId);
    return order == null ? java.util.Optional.empty() : java.util.Optional.of(order.view());
  }

  /** The complete state of the book (every resting order in priority order). */
  public BookView.Snapshot snapshot() {
    return new BookView.Snapshot(
        bids.orders(),
        asks.orders(),
        lastOrderId,
        lastTradeId,
        referencePrice,
        endOfDay,
        halted,
        now);
  }

  // --- the book's structure --------------------------------------------------------------------

  /** A resting (or incoming) order; the orders of a level form a doubly linked FIFO list. */
  private static final class Order {
    final long id;
    final String owner;
    final Side side;
    final TimeInForce timeInForce;
    long price;
    long remaining;
    Level level;
    Order previous;
    Order next;

    Order(long id, String owner, Side side, long price, long quantity, TimeInForce timeInForce) {
      this.id = id;
      this.owner = owner;
      this.side = side;
      this.price = price;
      this.remaining = quantity;
      this.timeInForce = timeInForce;
    }

    BookView.RestingOrder view() {
      return new BookView.RestingOrder(id, owner, side, price, remaining, timeInForce);
    }
  }

  private static final class Level {
    final long price;
    long quantity;
    int count;
    Order head;
    Order tail;

    Level(long price) {
      this.price = price;
    }
  }

  /**
   * One side: its price levels in an array sorted from worst to best, so the best level is the last
   * one and the levels near it (where nearly all activity is) move little on insert and remove.
   */
  private static final class BookSide {
    final Side side;
    Level[] levels = new Level[64];
    int size;
    Level best;

    BookSide(Side side) {
      this.side = side;
    }

    /** Sort key: larger is better. */
    private long rank(long price) {
      return side == Side.BUY ? price : -price;
    }

    /** Index of the level at {@code price}, or −(insertion point) − 1. */
    private int find(long price) {
      long key = rank(price);
      int low = 0;
      int high = size - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        long midKey = rank(levels[mid].price);
        if (midKey < key) {
          low = mid + 1;
        } else if (midKey > key) {
          high = mid - 1;
        } else {
          return mid;
        }
      }
      return -(low + 1);
    }

    /** The {@code i}-th best level (0 = best). */
    Level level(int i) {
      return levels[size - 1 - i];
    }

    void append(Order order) {
      Level level;
      if (best != null && best.price == order.price) {
        level = best;
      } else {
        int index = find(order.price);
        if (index >= 0) {
          level = levels[index];
        } else {
          index = -index - 1;
          if (size == levels.length) {
            levels = Arrays.copyOf(levels, size * 2);
          }
          System.arraycopy(levels, index, levels, index + 1, size - index);
          level = new Level(order.price);
          levels[index] = level;
          size++;
          best = levels[size - 1];
        }
      }
      order.level = level;
      order.next = null;
      order.previous = level.tail;
      if (level.tail == null) {
        level.head = order;
      } else {
        level.tail.next = order;
      }
      level.tail = order;
      level.quantity += order.remaining;
      level.count++;
    }

    void unlink(Order order) {
      Level level = order.level;
      if (order.previous == null) {
        level.head = order.next;
      } else {
        order.previous.next = order.next;
      }
      if (order.next == null) {
        level.tail = order.previous;
      } else {
        order.next.previous = order.previous;
      }
      level.quantity -= order.remaining;
      level.count--;
      order.previous = null;
      order.next = null;
      order.level = null;
      if (level.count == 0) {
        int index = level == best ? size - 1 : find(level.price);
        System.arraycopy(levels, index + 1, levels, index, size - index - 1);
        levels[--size] = null;
        best = size == 0 ? null : levels[size - 1];
      }
    }

    List<BookView.PriceLevel> depth(int count) {
      int n = Math.min(count, size);
      List<BookView.PriceLevel> depth = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Level level = level(i);
        depth.add(new BookView.PriceLevel(level.price, level.quantity, level.count));
      }
      return depth;
    }

    List<BookView.RestingOrder> orders() {
      List<BookView.RestingOrder> orders = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        for (Order order = level(i).head; order != null; order = order.next) {
          orders.add(order.view());
        }
      }
      return orders;
    }
  }
}
