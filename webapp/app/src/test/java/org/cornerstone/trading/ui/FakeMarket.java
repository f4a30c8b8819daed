package org.cornerstone.trading.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.trading.application.Market;
import org.cornerstone.trading.application.MarketChanged;
import org.cornerstone.trading.application.MarketSummary;
import org.cornerstone.trading.application.MarketView;
import org.cornerstone.trading.application.OrderEvent;
import org.cornerstone.trading.application.OrderPreCheck;
import org.cornerstone.trading.application.OrderTicket;
import org.cornerstone.trading.application.OrderView;
import org.cornerstone.trading.application.PriceLevel;
import org.cornerstone.trading.application.PricePoint;
import org.cornerstone.trading.application.ReconciliationReport;
import org.cornerstone.trading.application.RuleLine;
import org.cornerstone.trading.application.TradeView;

/**
 * TEST ONLY: an in-memory {@link Market} for the screens' unit tests (the browser journey {@code
 * MarketJourneyIT} runs the same screens on the real market). It lives in src/test and is never
 * shipped. One instrument {@code DEMO-1} (CNY, tick 0.01, lot 1, reference 8.00, band 10%); every
 * investor starts with CNY 5,000.00 and ivan with 100 tokens. Matching is price-time with trades at
 * the resting price; trades settle at once (trade 1 is seeded as an INCIDENT).
 */
public class FakeMarket implements Market, org.cornerstone.trading.application.MarketParameterDesk {
  public static final String INSTRUMENT = "DEMO-1";
  private static final long TICK = 1; // minor units
  private static final long LOT = 1;
  private static final long REFERENCE = 800;
  private static final int BAND = 10;

  private final Clock clock;
  private final ExecutorService notifier = Executors.newSingleThreadExecutor();
  private final Map<String, List<Consumer<MarketChanged>>> listeners = new ConcurrentHashMap<>();
  private final Map<String, Long> cash = new ConcurrentHashMap<>();
  private final Map<String, Long> tokens = new ConcurrentHashMap<>();
  private final List<Order> orders = new ArrayList<>();
  private final List<TradeView> trades = new ArrayList<>();
  private final Map<String, Long> keys = new ConcurrentHashMap<>();
  private String status = "OPEN";
  private String statusReason;
  private final List<Consumer<MarketChanged>> everyMarket = new CopyOnWriteArrayList<>();
  private final List<MarketSummary> otherMarkets = new ArrayList<>();
  private final Map<Long, List<OrderEvent>> history = new ConcurrentHashMap<>();

  /** The fee the ticket estimates (the real domain function); shown, not charged by the fake. */
  private org.cornerstone.trading.domain.FeeSchedule fees =
      org.cornerstone.trading.domain.FeeSchedule.DEFAULT;

  private final List<org.cornerstone.trading.application.MarketParametersView.Change>
      parameterChanges = new ArrayList<>();

  private long nextOrder = 1;
  private long nextTrade = 1;
  int submits;

  public FakeMarket() {
    this(Clock.systemUTC());
  }

  public FakeMarket(Clock clock) {
    this.clock = clock;
    tokens.put("ivan", 100L);
    Instant t = clock.instant().minus(3, ChronoUnit.HOURS);
    trades.add(
        new TradeView(
            nextTrade++,
            INSTRUMENT,
            "tom-fund",
            "olivia",
            0,
            0,
            "7.90",
            790,
            10,
            "79.00",
            7900,
            "CNY",
            t,
            "INCIDENT",
            null,
            "ledger unavailable"));
    trades.add(
        new TradeView(
            nextTrade++,
            INSTRUMENT,
            "tom-fund",
            "olivia",
            0,
            0,
            "8.05",
            805,
            20,
            "161.00",
            16100,
            "CNY",
            t.plus(1, ChronoUnit.HOURS),
            "SETTLED",
            "tx-demo-2",
            null));
  }

  private static final class Order {
    long id;
    String owner;
    String side;
    long price;
    long quantity;
    long open;
    String tif;
    String status;
    String reject;
    Instant entered;
    Instant updated;
  }

  private void event(Order o, String kind, long quantity, Long price, String reason) {
    history
        .computeIfAbsent(o.id, k -> new ArrayList<>())
        .add(
            new OrderEvent(
                clock.instant(), kind, quantity, price == null ? null : decimal(price), reason));
  }

  private static String decimal(long minor) {
    return BigDecimal.valueOf(minor, 2).toPlainString();
  }

  private synchronized long cashOf(String user) {
    return cash.getOrDefault(user, 500_000L);
  }

  private synchronized long reservedCash(String user) {
    return orders.stream()
        .filter(o -> o.owner.equals(user) && o.side.equals("BUY") && live(o))
        .mapToLong(o -> o.price * o.open)
        .sum();
  }

  private synchronized long reservedTokens(String user) {
    return orders.stream()
        .filter(o -> o.owner.equals(user) && o.side.equals("SELL") && live(o))
        .mapToLong(o -> o.open)
        .sum();
  }

  private static boolean live(Order o) {
    return o.status.equals("OPEN") || o.status.equals("PARTIALLY_FILLED");
  }

  private OrderView view(Order o) {
    return new OrderView(
        o.id,
        INSTRUMENT,
        o.owner,
        o.side,
        decimal(o.price),
        o.price,
        "CNY",
        o.quantity,
        o.open,
        o.quantity - o.open,
        o.tif,
        o.status,
        o.reject,
        o.side.equals("BUY") ? decimal(live(o) ? o.price * o.open : 0) : null,
        o.side.equals("SELL") && live(o) ? o.open : 0,
        o.entered,
        o.updated);
  }

  private static void instrument(String id) {
    if (!INSTRUMENT.equals(id)) {
      throw new NotFoundException("No market for " + id + ".");
    }
  }

  private static void trustee(Actor actor) {
    if (!actor.has(Role.TRUSTEE) && !actor.has(Role.SENIOR_TRUSTEE)) {
      throw new AccessDeniedException("Only trustees run market operations.");
    }
  }

  private Optional<Long> best(String side) {
    return orders.stream()
        .filter(o -> o.side.equals(side) && live(o))
        .map(o -> o.price)
        .max(side.equals("BUY") ? Comparator.naturalOrder() : Comparator.reverseOrder());
  }

  @Override
  public synchronized List<MarketSummary> markets(Actor actor) {
    List<MarketSummary> all = new ArrayList<>();
    all.add(summary());
    all.addAll(otherMarkets);
    return all;
  }

  /** A new instrument becomes tradable (as the registry's tokenization does). */
  public void announce(MarketSummary market) {
    synchronized (this) {
      otherMarkets.add(market);
    }
    MarketChanged event = new MarketChanged(market.instrumentId());
    for (Consumer<MarketChanged> l : everyMarket) {
      notifier.execute(() -> l.accept(event));
    }
  }

  private MarketSummary summary() {
    return new MarketSummary(
        INSTRUMENT,
        "Harbour Tower (demo)",
        "CNY",
        status,
        best("BUY").map(FakeMarket::decimal).orElse(null),
        best("SELL").map(FakeMarket::decimal).orElse(null),
        trades.isEmpty() ? null : trades.get(trades.size() - 1).price(),
        statusReason);
  }

  @Override
  public synchronized MarketView market(Actor actor, String instrumentId, int depth) {
    instrument(instrumentId);
    List<TradeView> newest = new ArrayList<>(trades);
    newest.sort(Comparator.comparing(TradeView::tradeId).reversed());
    List<PricePoint> chart = new ArrayList<>();
    Map<Instant, List<TradeView>> byHour =
        trades.stream()
            .collect(
                Collectors.groupingBy(
                    t -> t.executedAt().truncatedTo(ChronoUnit.HOURS),
                    java.util.TreeMap::new,
                    Collectors.toList()));
    byHour.forEach(
        (hour, list) ->
            chart.add(
                new PricePoint(
                    hour,
                    list.get(0).price(),
                    decimal(list.stream().mapToLong(TradeView::priceMinor).max().orElse(0)),
                    decimal(list.stream().mapToLong(TradeView::priceMinor).min().orElse(0)),
                    list.get(list.size() - 1).price(),
                    list.stream().mapToLong(TradeView::quantity).sum())));
    return new MarketView(
        INSTRUMENT,
        "Harbour Tower (demo)",
        "CNY",
        status,
        "0.01",
        LOT,
        decimal(REFERENCE),
        BAND,
        levels("BUY", depth),
        levels("SELL", depth),
        newest.stream().limit(20).toList(),
        chart,
        List.of(
            new RuleLine("rules.categories", "QUALIFIED", "Investor categories: QUALIFIED."),
            new RuleLine("rules.halted", null, "Transfers are halted by the rules.")),
        statusReason,
        fees.text(2));
  }

  private List<PriceLevel> levels(String side, int depth) {
    Map<Long, List<Order>> byPrice =
        orders.stream()
            .filter(o -> o.side.equals(side) && live(o))
            .collect(
                Collectors.groupingBy(
                    o -> o.price,
                    () ->
                        new java.util.TreeMap<>(
                            side.equals("BUY")
                                ? Comparator.<Long>reverseOrder()
                                : Comparator.<Long>naturalOrder()),
                    Collectors.toList()));
    return byPrice.entrySet().stream()
        .limit(depth)
        .map(
            e ->
                new PriceLevel(
                    decimal(e.getKey()), e.getKey(),
                    e.getValue().stream().mapToLong(o -> o.open).sum(), e.getValue().size()))
        .toList();
  }

  private long parsePrice(String price) {
    try {
      BigDecimal p = new BigDecimal(price).movePointRight(2);
      if (p.signum() <= 0 || p.stripTrailingZeros().scale() > 0) {
        throw new ValidationException("TICK_SIZE: the price must be a multiple of 0.01.");
      }
      return p.longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new ValidationException("The price " + price + " is not a decimal number.");
    }
  }

  @Override
  public OrderPreCheck preCheck(Actor actor, OrderTicket ticket, java.util.Locale language) {
    return preCheck(actor, ticket); // the fake answers in English
  }

  @Override
  public synchronized OrderPreCheck preCheck(Actor actor, OrderTicket ticket) {
    instrument(ticket.instrumentId());
    List<String> reasons = new ArrayList<>();
    long price = parsePrice(ticket.price());
    if (Math.abs(price - REFERENCE) * 100 > REFERENCE * BAND) {
      reasons.add("PRICE_OUTSIDE_BAND: the price is more than 10% away from 8.00.");
    }
    if (ticket.quantity() <= 0 || ticket.quantity() % LOT != 0) {
      reasons.add("LOT_SIZE: the quantity must be a positive multiple of 1.");
    }
    if (!"OPEN".equals(status)) {
      reasons.add("MARKET_" + status + ": the market is " + status.toLowerCase() + ".");
    }
    String user = actor.userId();
    if (ticket.side().equals("BUY")) {
      long fee = fees.buyFeeMinor(price, ticket.quantity());
      long need = price * ticket.quantity() + fee;
      long available = cashOf(user) - reservedCash(user);
      if (need > available) {
        reasons.add(
            "INSUFFICIENT_CASH: CNY "
                + decimal(need)
                + " needed, "
                + decimal(available)
                + " available.");
      }
      return new OrderPreCheck(
          reasons.isEmpty(), reasons, decimal(need), decimal(available), decimal(fee));
    }
    long available = tokens.getOrDefault(user, 0L) - reservedTokens(user);
    if (ticket.quantity() > available) {
      reasons.add(
          "INSUFFICIENT_TOKENS: " + ticket.quantity() + " needed, " + available + " available.");
    }
    return new OrderPreCheck(
        reasons.isEmpty(), reasons, String.valueOf(ticket.quantity()), String.valueOf(available));
  }

  @Override
  public OrderView submit(Actor actor, OrderTicket ticket) {
    return submit(actor, ticket, false);
  }

  /** As the market: answered with the order as entered, matched after the answer was taken. */
  @Override
  public OrderView submitDurable(Actor actor, OrderTicket ticket) {
    return submit(actor, ticket, true);
  }

  private OrderView submit(Actor actor, OrderTicket ticket, boolean durableOnly) {
    OrderView done;
    synchronized (this) {
      submits++;
      if (!actor.has(Role.INVESTOR)) {
        throw new AccessDeniedException("Only investors enter orders.");
      }
      String idem = actor.userId() + "/" + ticket.clientOrderKey();
      Long known = keys.get(idem);
      if (known != null) {
        return view(orders.stream().filter(o -> o.id == known).findFirst().orElseThrow());
      }
      OrderPreCheck check = preCheck(actor, ticket);
      if (!check.allowed()) {
        throw new ConflictException(String.join(" ", check.reasons()));
      }
      Order o = new Order();
      o.id = nextOrder++;
      o.owner = actor.userId();
      o.side = ticket.side();
      o.price = parsePrice(ticket.price());
      o.quantity = ticket.quantity();
      o.open = ticket.quantity();
      o.tif = ticket.timeInForce();
      o.status = "OPEN";
      o.entered = clock.instant();
      o.updated = o.entered;
      orders.add(o);
      keys.put(idem, o.id);
      event(o, "ENTERED", o.quantity, o.price, null);
      if (durableOnly) {
        done = view(o);
        match(o);
      } else {
        match(o);
        done = view(o);
      }
    }
    changed();
    return done;
  }

  private void match(Order incoming) {
    boolean buy = incoming.side.equals("BUY");
    List<Order> resting =
        orders.stream()
            .filter(o -> o != incoming && live(o) && !o.side.equals(incoming.side))
            .filter(o -> !o.owner.equals(incoming.owner))
            .filter(o -> buy ? o.price <= incoming.price : o.price >= incoming.price)
            .sorted(
                Comparator.comparingLong((Order o) -> buy ? o.price : -o.price)
                    .thenComparingLong(o -> o.id))
            .toList();
    for (Order r : resting) {
      if (incoming.open == 0) {
        break;
      }
      long q = Math.min(incoming.open, r.open);
      incoming.open -= q;
      r.open -= q;
      r.status = r.open == 0 ? "FILLED" : "PARTIALLY_FILLED";
      r.updated = clock.instant();
      event(r, "FILLED", q, r.price, "Trade " + nextTrade);
      event(incoming, "FILLED", q, r.price, "Trade " + nextTrade);
      Order b = buy ? incoming : r;
      Order s = buy ? r : incoming;
      long amount = r.price * q;
      cash.put(b.owner, cashOf(b.owner) - amount);
      cash.put(s.owner, cashOf(s.owner) + amount);
      tokens.merge(b.owner, q, Long::sum);
      tokens.merge(s.owner, -q, Long::sum);
      trades.add(
          new TradeView(
              nextTrade++,
              INSTRUMENT,
              b.owner,
              s.owner,
              b.id,
              s.id,
              decimal(r.price),
              r.price,
              q,
              decimal(amount),
              amount,
              "CNY",
              clock.instant(),
              "SETTLED",
              "tx-" + nextTrade,
              null));
    }
    if (incoming.open < incoming.quantity) {
      incoming.status = incoming.open == 0 ? "FILLED" : "PARTIALLY_FILLED";
    }
    if (incoming.open > 0 && (incoming.tif.equals("IOC") || incoming.tif.equals("FOK"))) {
      incoming.status = "CANCELLED";
      event(incoming, "CANCELLED", incoming.open, null, incoming.tif + "_REMAINDER");
    }
  }

  private Order own(Actor actor, long orderId) {
    Order o =
        orders.stream()
            .filter(x -> x.id == orderId && x.owner.equals(actor.userId()))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("No order " + orderId + "."));
    if (!live(o)) {
      throw new ConflictException("Order " + orderId + " is no longer open.");
    }
    return o;
  }

  @Override
  public OrderView cancel(Actor actor, long orderId) {
    OrderView done;
    synchronized (this) {
      Order o = own(actor, orderId);
      event(o, "CANCELLED", o.open, null, "Cancelled by the owner");
      o.status = "CANCELLED";
      o.updated = clock.instant();
      done = view(o);
    }
    changed();
    return done;
  }

  @Override
  public OrderView amend(Actor actor, long orderId, String price, long quantity) {
    OrderView done;
    synchronized (this) {
      if (!"OPEN".equals(status)) {
        throw new ConflictException("The market is " + status.toLowerCase() + ".");
      }
      Order o = own(actor, orderId);
      o.price = parsePrice(price);
      o.quantity = o.quantity - o.open + quantity;
      o.open = quantity;
      o.updated = clock.instant();
      event(o, "AMENDED", quantity, o.price, null);
      match(o);
      done = view(o);
    }
    changed();
    return done;
  }

  @Override
  public synchronized List<OrderView> myOrders(Actor actor) {
    return orders.stream()
        .filter(o -> o.owner.equals(actor.userId()))
        .sorted(Comparator.comparingLong((Order o) -> o.id).reversed())
        .map(this::view)
        .toList();
  }

  @Override
  public synchronized List<TradeView> myTrades(Actor actor) {
    return trades.stream()
        .filter(t -> t.buyer().equals(actor.userId()) || t.seller().equals(actor.userId()))
        .sorted(Comparator.comparingLong(TradeView::tradeId).reversed())
        .toList();
  }

  @Override
  public synchronized String myTradesCsv(Actor actor) {
    StringBuilder csv =
        new StringBuilder("trade,instrument,side,price,quantity,amount,currency\r\n");
    for (TradeView t : myTrades(actor)) {
      csv.append(t.tradeId())
          .append(',')
          .append(t.instrumentId())
          .append(',')
          .append(t.buyer().equals(actor.userId()) ? "BUY" : "SELL")
          .append(',')
          .append(t.price())
          .append(',')
          .append(t.quantity())
          .append(',')
          .append(t.amount())
          .append(',')
          .append(t.currency())
          .append("\r\n");
    }
    return csv.toString();
  }

  @Override
  public synchronized Optional<TradeView> trade(Actor actor, long tradeId) {
    boolean trustee = actor.has(Role.TRUSTEE) || actor.has(Role.SENIOR_TRUSTEE);
    return trades.stream()
        .filter(t -> t.tradeId() == tradeId)
        .filter(
            t -> trustee || t.buyer().equals(actor.userId()) || t.seller().equals(actor.userId()))
        .findFirst();
  }

  @Override
  public MarketSummary halt(Actor actor, String instrumentId, String reason) {
    return setStatus(actor, instrumentId, "HALTED", reason);
  }

  @Override
  public MarketSummary resume(Actor actor, String instrumentId) {
    return setStatus(actor, instrumentId, "OPEN", null);
  }

  /** The issuer's agent pauses (or, {@code reason} null, resumes) the instrument. */
  public void pause(String reason) {
    synchronized (this) {
      status = reason == null ? "OPEN" : "PAUSED";
      statusReason = reason;
    }
    changed();
  }

  private MarketSummary setStatus(Actor actor, String instrumentId, String to, String reason) {
    MarketSummary done;
    synchronized (this) {
      trustee(actor);
      instrument(instrumentId);
      if (status.equals(to)) {
        throw new ConflictException("The market of " + instrumentId + " is already " + to + ".");
      }
      status = to;
      statusReason = reason;
      done = summary();
    }
    changed();
    return done;
  }

  @Override
  public int cancelAll(Actor actor, String instrumentId, String reason) {
    int n = 0;
    synchronized (this) {
      trustee(actor);
      instrument(instrumentId);
      for (Order o : orders) {
        if (live(o)) {
          event(
              o,
              "CANCELLED",
              o.open,
              null,
              "Cancelled by market operations" + (reason == null ? "" : ": " + reason));
          o.status = "CANCELLED";
          o.reject = "CANCELLED_BY_OPERATIONS";
          o.updated = clock.instant();
          n++;
        }
      }
    }
    changed();
    return n;
  }

  @Override
  public synchronized List<OrderView> orders(Actor actor, String instrumentId) {
    trustee(actor);
    instrument(instrumentId);
    return orders.stream()
        .sorted(Comparator.comparingLong((Order o) -> o.id).reversed())
        .map(this::view)
        .toList();
  }

  @Override
  public synchronized List<TradeView> trades(Actor actor, String instrumentId) {
    trustee(actor);
    instrument(instrumentId);
    return trades.stream().sorted(Comparator.comparingLong(TradeView::tradeId).reversed()).toList();
  }

  @Override
  public TradeView retrySettlement(Actor actor, long tradeId) {
    TradeView done;
    synchronized (this) {
      trustee(actor);
      int i = 0;
      while (i < trades.size() && trades.get(i).tradeId() != tradeId) {
        i++;
      }
      if (i == trades.size()) {
        throw new NotFoundException("No trade " + tradeId + ".");
      }
      TradeView t = trades.get(i);
      if (!t.settlement().equals("INCIDENT")) {
        throw new ConflictException("Trade " + tradeId + " is not an incident.");
      }
      done =
          new TradeView(
              t.tradeId(),
              t.instrumentId(),
              t.buyer(),
              t.seller(),
              t.buyOrderId(),
              t.sellOrderId(),
              t.price(),
              t.priceMinor(),
              t.quantity(),
              t.amount(),
              t.amountMinor(),
              t.currency(),
              t.executedAt(),
              "SETTLED",
              "tx-retried-" + tradeId,
              null);
      trades.set(i, done);
    }
    changed();
    return done;
  }

  @Override
  public synchronized ReconciliationReport reconcile(Actor actor) {
    trustee(actor);
    List<String> differences =
        trades.stream()
            .filter(t -> t.settlement().equals("INCIDENT"))
            .map(t -> "Trade " + t.tradeId() + " is not settled on the ledger.")
            .toList();
    return new ReconciliationReport(
        clock.instant(), trades.size(), orders.size(), tokens.size(), differences);
  }

  @Override
  public AutoCloseable subscribe(String instrumentId, Consumer<MarketChanged> listener) {
    List<Consumer<MarketChanged>> list =
        listeners.computeIfAbsent(instrumentId, k -> new CopyOnWriteArrayList<>());
    list.add(listener);
    return () -> list.remove(listener);
  }

  @Override
  public AutoCloseable subscribeAll(Consumer<MarketChanged> listener) {
    everyMarket.add(listener);
    return () -> everyMarket.remove(listener);
  }

  /** How many listeners follow every market now. */
  public int allListeners() {
    return everyMarket.size();
  }

  @Override
  public synchronized List<OrderEvent> orderHistory(Actor actor, long orderId) {
    Order o =
        orders.stream()
            .filter(x -> x.id == orderId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("No order " + orderId + "."));
    boolean trustee = actor.has(Role.TRUSTEE) || actor.has(Role.SENIOR_TRUSTEE);
    if (!trustee && !o.owner.equals(actor.userId())) {
      throw new AccessDeniedException("Order " + orderId + " is not yours.");
    }
    return List.copyOf(history.getOrDefault(orderId, List.of()));
  }

  /** How many listeners follow the instrument now. */
  public int listeners(String instrumentId) {
    return listeners.getOrDefault(instrumentId, List.of()).size();
  }

  /** Tells every listener, on another thread, as the real market does after commit. */
  private void changed() {
    MarketChanged event = new MarketChanged(INSTRUMENT);
    List<Consumer<MarketChanged>> all = new ArrayList<>(everyMarket);
    all.addAll(listeners.getOrDefault(INSTRUMENT, List.of()));
    for (Consumer<MarketChanged> l : all) {
      notifier.execute(() -> l.accept(event));
    }
  }

  // --- market parameters (shown and recorded; the fake's own checks keep tick 0.01, lot 1, 10 %)

  private String tickText = "0.01";
  private long lotShown = LOT;
  private int bandShown = BAND;

  @Override
  public synchronized org.cornerstone.trading.application.MarketParametersView parameters(
      Actor actor, String instrumentId) {
    instrument(instrumentId);
    return new org.cornerstone.trading.application.MarketParametersView(
        INSTRUMENT,
        "CNY",
        tickText,
        lotShown,
        bandShown,
        fees.bps(),
        decimal(fees.minMinor()),
        fees.text(2),
        List.copyOf(parameterChanges));
  }

  @Override
  public synchronized org.cornerstone.trading.application.MarketParametersView change(
      Actor actor,
      String instrumentId,
      org.cornerstone.trading.application.ParameterChangeRequest request) {
    instrument(instrumentId);
    if (!actor.has(org.cornerstone.shared.Role.TRUSTEE)) {
      throw new org.cornerstone.shared.AccessDeniedException(
          org.cornerstone.trading.application.MarketParameterService.ONLY_OPERATIONS);
    }
    org.cornerstone.trading.domain.MarketParameters p =
        org.cornerstone.trading.application.MarketParameterService.parse(
            request, java.util.Currency.getInstance("CNY"));
    parameterChanges.add(
        0,
        new org.cornerstone.trading.application.MarketParametersView.Change(
            actor.userId(),
            clock.instant(),
            tickText,
            decimal(p.tickMinor()),
            lotShown,
            p.lotSize(),
            bandShown,
            p.bandPercent(),
            fees.bps(),
            p.feeBps(),
            decimal(fees.minMinor()),
            decimal(p.feeMinMinor()),
            request.reason()));
    tickText = decimal(p.tickMinor());
    lotShown = p.lotSize();
    bandShown = p.bandPercent();
    fees = p.fees();
    return parameters(actor, instrumentId);
  }
}
