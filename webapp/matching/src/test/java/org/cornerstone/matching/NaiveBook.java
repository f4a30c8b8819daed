package org.cornerstone.matching;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A second, deliberately straightforward implementation of the same rules, written independently of
 * {@link MatchingEngine}: a {@code TreeMap<Long, ArrayDeque<Order>>} per side (boxed prices, best
 * level looked up in the map every time), a {@code java.util.HashMap} of live orders, removal from
 * a level by linear search. Two uses: the tests check that both produce the same events for random
 * command streams (a differential oracle), and the benchmark measures it as the baseline.
 */
public final class NaiveBook {

  private static final class Order {
    final long id;
    final String owner;
    final Side side;
    final TimeInForce tif;
    long price;
    long open;

    Order(long id, String owner, Side side, long price, long open, TimeInForce tif) {
      this.id = id;
      this.owner = owner;
      this.side = side;
      this.price = price;
      this.open = open;
      this.tif = tif;
    }
  }

  private final InstrumentRules rules;
  private final TreeMap<Long, ArrayDeque<Order>> bids = new TreeMap<>(Collections.reverseOrder());
  private final TreeMap<Long, ArrayDeque<Order>> asks = new TreeMap<>();
  private final Map<Long, Order> live = new HashMap<>();
  private long reference;
  private Instant endOfDay;
  private boolean halted;
  private long lastOrderId;
  private long lastTradeId;
  private Instant now = Instant.EPOCH;

  public NaiveBook(InstrumentRules rules) {
    this.rules = rules;
    this.reference = rules.referencePrice();
  }

  public List<Event> apply(Command command) {
    List<Event> out = new ArrayList<>();
    if (command.at().isAfter(now)) {
      now = command.at();
    }
    if (endOfDay != null && !now.isBefore(endOfDay)) {
      for (Order o : inPriorityOrder()) {
        if (o.tif == TimeInForce.DAY) {
          remove(o);
          out.add(new Event.Expired(now, o.id, o.open));
        }
      }
    }
    if (command instanceof Command.Submit s) {
      RejectReason r = null;
      if (halted) {
        r = RejectReason.INSTRUMENT_HALTED;
      } else if (s.orderId() <= lastOrderId) {
        r = RejectReason.ORDER_ID_NOT_INCREASING;
      } else if (s.owner() == null || s.owner().isBlank()) {
        r = RejectReason.OWNER_MISSING;
      } else {
        r = check(s.price(), s.quantity(), true);
        if (r == null
            && s.timeInForce() == TimeInForce.DAY
            && (endOfDay == null || !now.isBefore(endOfDay))) {
          r = RejectReason.DAY_SESSION_CLOSED;
        }
      }
      if (r != null) {
        out.add(new Event.Rejected(now, s.orderId(), r));
        return out;
      }
      lastOrderId = s.orderId();
      out.add(
          new Event.Accepted(
              now, s.orderId(), s.owner(), s.side(), s.price(), s.quantity(), s.timeInForce()));
      Order o =
          new Order(s.orderId(), s.owner(), s.side(), s.price(), s.quantity(), s.timeInForce());
      if (o.tif == TimeInForce.FOK && available(o) < o.open) {
        out.add(new Event.Cancelled(now, o.id, o.open, CancelReason.FOK_NOT_FILLABLE));
        return out;
      }
      match(o, out);
      if (o.open > 0) {
        if (o.tif == TimeInForce.GTC || o.tif == TimeInForce.DAY) {
          add(o);
        } else {
          out.add(new Event.Cancelled(now, o.id, o.open, CancelReason.IOC_REMAINDER));
        }
      }
    } else if (command instanceof Command.Cancel c) {
      Order o = live.get(c.orderId());
      if (o == null) {
        out.add(new Event.Rejected(now, c.orderId(), RejectReason.UNKNOWN_ORDER));
      } else if (!o.owner.equals(c.owner())) {
        out.add(new Event.Rejected(now, c.orderId(), RejectReason.NOT_ORDER_OWNER));
      } else {
        remove(o);
        out.add(new Event.Cancelled(now, o.id, o.open, CancelReason.REQUESTED));
      }
    } else if (command instanceof Command.Amend a) {
      Order o = live.get(a.orderId());
      RejectReason r;
      if (halted) {
        r = RejectReason.INSTRUMENT_HALTED;
      } else if (o == null) {
        r = RejectReason.UNKNOWN_ORDER;
      } else if (!o.owner.equals(a.owner())) {
        r = RejectReason.NOT_ORDER_OWNER;
      } else {
        r = check(a.price(), a.quantity(), a.price() != o.price);
        if (r == null && a.price() == o.price && a.quantity() == o.open) {
          r = RejectReason.AMEND_NO_CHANGE;
        }
      }
      if (r != null) {
        out.add(new Event.Rejected(now, a.orderId(), r));
      } else if (a.price() == o.price && a.quantity() < o.open) {
        o.open = a.quantity();
        out.add(new Event.Amended(now, o.id, o.price, o.open, true));
      } else {
        remove(o);
        o.price = a.price();
        o.open = a.quantity();
        out.add(new Event.Amended(now, o.id, o.price, o.open, false));
        match(o, out);
        if (o.open > 0) {
          add(o);
        }
      }
    } else if (command instanceof Command.StartDay d) {
      endOfDay = d.endOfDay();
      reference = d.referencePrice();
      out.add(new Event.DayStarted(now, endOfDay, reference));
    } else if (command instanceof Command.Halt) {
      halted = true;
      out.add(new Event.StatusChanged(now, true));
    } else if (command instanceof Command.Resume) {
      halted = false;
      out.add(new Event.StatusChanged(now, false));
    } else if (command instanceof Command.CancelAll) {
      for (Order o : inPriorityOrder()) {
        remove(o);
        out.add(new Event.Cancelled(now, o.id, o.open, CancelReason.OPERATOR));
      }
    }
    return out;
  }

  private RejectReason check(long price, long quantity, boolean checkPrice) {
    if (quantity <= 0) {
      return RejectReason.QUANTITY_NOT_POSITIVE;
    }
    if (quantity > 1_000_000_000_000L) {
      return RejectReason.QUANTITY_TOO_LARGE;
    }
    if (quantity % rules.lotSize() != 0) {
      return RejectReason.QUANTITY_NOT_LOT_MULTIPLE;
    }
    if (!checkPrice) {
      return null;
    }
    if (price <= 0) {
      return RejectReason.PRICE_NOT_POSITIVE;
    }
    if (price % rules.tickSize() != 0) {
      return RejectReason.PRICE_NOT_ON_TICK;
    }
    if (price > rules.highestPrice(reference)) {
      return RejectReason.PRICE_ABOVE_BAND;
    }
    if (price < rules.lowestPrice(reference)) {
      return RejectReason.PRICE_BELOW_BAND;
    }
    return null;
  }

  private TreeMap<Long, ArrayDeque<Order>> own(Side side) {
    return side == Side.BUY ? bids : asks;
  }

  private static boolean acceptable(Order incoming, long price) {
    return incoming.side == Side.BUY ? price <= incoming.price : price >= incoming.price;
  }

  private long available(Order incoming) {
    long sum = 0;
    for (Map.Entry<Long, ArrayDeque<Order>> e : own(incoming.side.opposite()).entrySet()) {
      if (!acceptable(incoming, e.getKey())) {
        break;
      }
      for (Order r : e.getValue()) {
        if (!r.owner.equals(incoming.owner)) {
          sum += r.open;
        }
      }
    }
    return sum;
  }

  private void match(Order in, List<Event> out) {
    TreeMap<Long, ArrayDeque<Order>> book = own(in.side.opposite());
    while (in.open > 0 && !book.isEmpty() && acceptable(in, book.firstKey())) {
      ArrayDeque<Order> level = book.firstEntry().getValue();
      Order r = level.peekFirst();
      if (r.owner.equals(in.owner)) {
        remove(r);
        out.add(new Event.Cancelled(now, r.id, r.open, CancelReason.SELF_TRADE_PREVENTED));
        continue;
      }
      long q = Math.min(in.open, r.open);
      in.open -= q;
      r.open -= q;
      boolean buy = in.side == Side.BUY;
      out.add(
          new Event.Trade(
              now,
              ++lastTradeId,
              buy ? in.id : r.id,
              buy ? in.owner : r.owner,
              buy ? r.id : in.id,
              buy ? r.owner : in.owner,
              r.price,
              q,
              in.side));
      if (r.open == 0) {
        remove(r);
      }
    }
  }

  private void add(Order o) {
    own(o.side).computeIfAbsent(o.price, p -> new ArrayDeque<>()).addLast(o);
    live.put(o.id, o);
  }

  private void remove(Order o) {
    TreeMap<Long, ArrayDeque<Order>> book = own(o.side);
    ArrayDeque<Order> level = book.get(o.price);
    for (Iterator<Order> it = level.iterator(); it.hasNext(); ) {
      if (it.next() == o) {
        it.remove();
        break;
      }
    }
    if (level.isEmpty()) {
      book.remove(o.price);
    }
    live.remove(o.id);
  }

  private List<Order> inPriorityOrder() {
    List<Order> all = new ArrayList<>();
    bids.values().forEach(all::addAll);
    asks.values().forEach(all::addAll);
    return all;
  }

  /** The resting orders, bids then asks, each in priority order (to compare with the engine). */
  public List<BookView.RestingOrder> restingOrders() {
    List<BookView.RestingOrder> all = new ArrayList<>();
    for (Order o : inPriorityOrder()) {
      all.add(new BookView.RestingOrder(o.id, o.owner, o.side, o.price, o.open, o.tif));
    }
    return all;
  }
}
