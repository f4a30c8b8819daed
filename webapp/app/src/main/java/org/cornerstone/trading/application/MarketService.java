package org.cornerstone.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.cornerstone.cash.application.CashBalance;
import org.cornerstone.cash.application.CashReservations;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Amounts;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.trading.domain.MarketRules;
import org.cornerstone.trading.domain.MarketState;
import org.cornerstone.trading.domain.StoredOrder;
import org.cornerstone.trading.domain.StoredTrade;
import org.cornerstone.trading.domain.TradingStore;

/**
 * The secondary market (issue 12). Order entry ({@link OrderEntry}) stores orders and their
 * reservations in one transaction per batch of concurrent orders (durable before anything else),
 * then matches in a second one under the instrument's matcher lock ({@link Matcher}); trades settle
 * asynchronously ({@link TradeSettler}).
 */
@ApplicationScoped
public class MarketService implements Market {
  private static final Logger LOG = Logger.getLogger(MarketService.class.getName());

  public static final String ONLY_INVESTORS = "Only investors can trade.";
  public static final String ONLY_OPERATIONS = "Only trustees run market operations.";
  public static final String NOT_TRADABLE =
      "Instrument %s is not a tokenized instrument that trades.";
  public static final String HALTED = "Trading in %s is halted: %s";
  public static final String PAUSED = "INSTRUMENT_PAUSED: %s is paused by its issuer's agent.";
  public static final String KEY_REUSED =
      "Order key %s was already used for a different order (order %d).";
  public static final String NO_LEDGER_IDENTITY = "Your organisation has no ledger identity.";
  public static final String NOT_YOUR_ORDER = "Order %d is not yours.";

  /** Default market rules of an instrument the first time it trades. */
  public static final long DEFAULT_TICK_MINOR = 1;

  public static final long DEFAULT_LOT = 1;
  public static final int DEFAULT_BAND_PERCENT = 10;

  private static final Set<Role> SEE_ALL =
      EnumSet.of(Role.TRUSTEE, Role.SENIOR_TRUSTEE, Role.ADMIN, Role.REGISTRAR, Role.COMPLIANCE);
  private static final Set<Role> OPERATIONS = EnumSet.of(Role.TRUSTEE, Role.SENIOR_TRUSTEE);

  @Inject TradingStore store;
  @Inject Matcher matcher;
  @Inject TradeSettler settler;
  @Inject OrderEntry orderEntry;
  @Inject OrderChecks orderChecks;
  @Inject CashReservations cash;
  @Inject TokenReservations tokens;
  @Inject BuyerFees fees;
  @Inject Reconciliation reconciliation;
  @Inject MarketListeners listeners;
  @Inject TradingPorts.Transactions transactions;
  @Inject TradingPorts.Catalog catalog;
  @Inject TradingPorts.TransferRules rules;
  @Inject TradingPorts.Parties parties;
  @Inject Clock clock;

  // --- reading
  // -------------------------------------------------------------------------------------

  @Override
  public List<MarketSummary> markets(Actor actor) {
    return transactions.inNew(
        () -> {
          List<MarketSummary> out = new ArrayList<>();
          for (TradingPorts.Tradable t : catalog.tradables()) {
            MarketState state = state(t);
            MarketRules r = rules(state);
            List<StoredOrder> resting = store.resting(t.instrumentId());
            List<StoredTrade> last = store.tradesOfInstrument(t.instrumentId(), 1);
            out.add(
                new MarketSummary(
                    t.instrumentId(),
                    t.assetTitle(),
                    t.currency(),
                    status(t, state),
                    best(resting, true).map(r::text).orElse(null),
                    best(resting, false).map(r::text).orElse(null),
                    last.isEmpty() ? null : r.text(last.get(0).priceMinor()),
                    statusReason(t, state)));
          }
          return out;
        });
  }

  @Override
  public MarketView market(Actor actor, String instrumentId, int depth) {
    int levels = Math.max(1, Math.min(depth <= 0 ? 10 : depth, 100));
    return transactions.inNew(
        () -> {
          TradingPorts.Tradable t = tradable(instrumentId);
          MarketState state = state(t);
          MarketRules r = rules(state);
          List<StoredOrder> resting = store.resting(instrumentId);
          List<StoredTrade> trades = store.tradesOfInstrument(instrumentId, 500);
          Map<Long, StoredOrder> orders = new HashMap<>();
          return new MarketView(
              instrumentId,
              t.assetTitle(),
              t.currency(),
              status(t, state),
              r.text(state.tickMinor()),
              state.lotSize(),
              state.referencePriceMinor() > 0 ? r.text(state.referencePriceMinor()) : null,
              state.bandPercent(),
              levels(resting, true, levels, r),
              levels(resting, false, levels, r),
              trades.stream().limit(50).map(x -> view(x, r, orders)).toList(),
              chart(trades, r),
              t.rules(),
              statusReason(t, state),
              state.fees().text(Currency.getInstance(t.currency()).getDefaultFractionDigits()));
        });
  }

  @Override
  public OrderPreCheck preCheck(Actor actor, OrderTicket ticket, Locale language) {
    boolean zh = language != null && "zh".equals(language.getLanguage());
    if (!actor.has(Role.INVESTOR)) {
      throw new AccessDeniedException(ONLY_INVESTORS);
    }
    return transactions.inNew(
        () -> {
          OrderChecks.Entry entry =
              orderChecks.validate(
                  actor, ticket, zh ? language : Locale.ENGLISH, new OrderEntry.Batch());
          List<String> reasons = new ArrayList<>(entry.refusals());
          String toReserve;
          String available;
          String fee = null;
          if (entry.buy()) {
            long amount = OrderChecks.cashToReserve(entry, ticket.quantity());
            fee =
                entry
                    .rules()
                    .text(entry.state().fees().buyFeeMinor(entry.priceMinor(), ticket.quantity()));
            CashBalance balance =
                cash.balanceOf(PartyName.of(entry.party()), entry.state().currency());
            toReserve = entry.rules().text(amount);
            available = entry.rules().text(balance.availableMinor());
            if (balance.availableMinor() < amount) {
              reasons.add(
                  zh
                      ? "NOT_ENOUGH_CASH: 可用资金 " + available + " " + entry.state().currency() + "。"
                      : "NOT_ENOUGH_CASH: "
                          + available
                          + " "
                          + entry.state().currency()
                          + " available.");
            }
          } else {
            long free = tokens.available(entry.party(), entry.tradable().instrumentId());
            toReserve = Long.toString(ticket.quantity());
            available = Long.toString(Math.max(0, free));
            if (free < ticket.quantity()) {
              reasons.add(
                  zh
                      ? "NOT_ENOUGH_TOKENS: 可用代币 " + Math.max(0, free) + " 个。"
                      : "NOT_ENOUGH_TOKENS: " + Math.max(0, free) + " tokens available.");
            }
          }
          return new OrderPreCheck(reasons.isEmpty(), reasons, toReserve, available, fee);
        });
  }

  // --- order entry
  // ---------------------------------------------------------------------------------

  /** Group commit: see {@link OrderEntry}. */
  @Override
  public OrderView submit(Actor actor, OrderTicket ticket) {
    return orderEntry.submit(actor, ticket);
  }

  /** Group commit, answered once durable: see {@link OrderEntry#submitDurable}. */
  @Override
  public OrderView submitDurable(Actor actor, OrderTicket ticket) {
    return orderEntry.submitDurable(actor, ticket);
  }

  @Override
  public OrderView cancel(Actor actor, long orderId) {
    StoredOrder o = ownOrder(actor, orderId);
    transactions.inNew(
        () -> {
          matcher.cancel(o.instrumentId(), orderId);
          return null;
        });
    return transactions.inNew(() -> view(store.order(orderId).orElseThrow()));
  }

  @Override
  public OrderView amend(Actor actor, long orderId, String price, long quantity) {
    StoredOrder o = ownOrder(actor, orderId);
    transactions.inNew(
        () -> {
          TradingPorts.Tradable t = tradable(o.instrumentId());
          MarketState state = state(t);
          MarketRules r = rules(state);
          List<String> problems = new ArrayList<>();
          long priceMinor = 0;
          try {
            priceMinor = Amounts.minorUnits(price, Currency.getInstance(t.currency()));
          } catch (Amounts.AmountException e) {
            problems.add("Price: " + e.getMessage());
          }
          problems.addAll(r.problems(priceMinor, quantity));
          if (!problems.isEmpty()) {
            throw new ValidationException(problems);
          }
          if (t.paused()) {
            throw new ConflictException(String.format(PAUSED, t.instrumentId()));
          }
          if (state.halted()) {
            throw new ConflictException(
                String.format(HALTED, t.instrumentId(), state.haltReason()));
          }
          matcher.amend(o.instrumentId(), orderId, priceMinor, quantity);
          return null;
        });
    return transactions.inNew(() -> view(store.order(orderId).orElseThrow()));
  }

  private StoredOrder ownOrder(Actor actor, long orderId) {
    if (!actor.has(Role.INVESTOR)) {
      throw new AccessDeniedException(ONLY_INVESTORS);
    }
    StoredOrder o =
        transactions
            .inNew(() -> store.order(orderId))
            .orElseThrow(() -> new NotFoundException("No order " + orderId));
    if (!o.ownerUser().equals(actor.userId())) {
      throw new AccessDeniedException(String.format(NOT_YOUR_ORDER, orderId));
    }
    return o;
  }

  @Override
  public List<OrderView> myOrders(Actor actor) {
    return transactions.inNew(
        () -> store.ordersOfOwner(actor.userId()).stream().map(this::view).toList());
  }

  @Override
  public List<TradeView> myTrades(Actor actor) {
    return transactions.inNew(
        () -> {
          Map<Long, StoredOrder> orders = new HashMap<>();
          return store.tradesOfOwner(actor.userId()).stream()
              .map(t -> view(t, rulesOf(t.instrumentId(), t.currency()), orders))
              .toList();
        });
  }

  @Override
  public String myTradesCsv(Actor actor) {
    return TradeCsvRows.csv(myTrades(actor), actor.userId());
  }

  @Override
  public Optional<TradeView> trade(Actor actor, long tradeId) {
    return transactions.inNew(
        () -> {
          Map<Long, StoredOrder> orders = new HashMap<>();
          return store
              .trade(tradeId)
              .map(t -> view(t, rulesOf(t.instrumentId(), t.currency()), orders))
              .filter(
                  v ->
                      seesAll(actor)
                          || v.buyer().equals(actor.userId())
                          || v.seller().equals(actor.userId()));
        });
  }

  // --- market operations
  // ---------------------------------------------------------------------------

  @Override
  public MarketSummary halt(Actor actor, String instrumentId, String reason) {
    operations(actor);
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new ValidationException("Give the reason for the halt (1 to 500 characters).");
    }
    return setHalted(instrumentId, true, reason.strip());
  }

  @Override
  public MarketSummary resume(Actor actor, String instrumentId) {
    operations(actor);
    return setHalted(instrumentId, false, null);
  }

  private MarketSummary setHalted(String instrumentId, boolean halted, String reason) {
    transactions.inNew(
        () -> {
          state(tradable(instrumentId));
          store.setHalted(instrumentId, halted, reason, clock.instant());
          transactions.afterCompletion(
              c -> {
                if (c) {
                  listeners.publish(instrumentId);
                }
              });
          return null;
        });
    return markets(null).stream()
        .filter(m -> m.instrumentId().equals(instrumentId))
        .findFirst()
        .orElseThrow();
  }

  @Override
  public int cancelAll(Actor actor, String instrumentId, String reason) {
    operations(actor);
    return transactions.inNew(
        () -> {
          state(tradable(instrumentId));
          return matcher.cancelAll(instrumentId, reason == null ? null : reason.strip());
        });
  }

  @Override
  public List<OrderView> orders(Actor actor, String instrumentId) {
    seeAll(actor);
    return transactions.inNew(
        () -> store.ordersOfInstrument(instrumentId).stream().map(this::view).toList());
  }

  @Override
  public List<TradeView> trades(Actor actor, String instrumentId) {
    seeAll(actor);
    return transactions.inNew(
        () -> {
          Map<Long, StoredOrder> orders = new HashMap<>();
          return store.tradesOfInstrument(instrumentId, 5000).stream()
              .map(t -> view(t, rulesOf(t.instrumentId(), t.currency()), orders))
              .toList();
        });
  }

  @Override
  public TradeView retrySettlement(Actor actor, long tradeId) {
    operations(actor);
    settler.retry(tradeId);
    settler.settle(tradeId);
    return trade(actor, tradeId).orElseThrow();
  }

  @Override
  public ReconciliationReport reconcile(Actor actor) {
    seeAll(actor);
    return transactions.inNew(reconciliation::report);
  }

  @Override
  public AutoCloseable subscribe(String instrumentId, Consumer<MarketChanged> listener) {
    return listeners.subscribe(instrumentId, listener);
  }

  @Override
  public AutoCloseable subscribeAll(Consumer<MarketChanged> listener) {
    return listeners.subscribeAll(listener);
  }

  @Override
  public List<OrderEvent> orderHistory(Actor actor, long orderId) {
    if (actor == null) {
      throw new AccessDeniedException(ONLY_INVESTORS);
    }
    return transactions.inNew(
        () -> {
          StoredOrder o =
              store.order(orderId).orElseThrow(() -> new NotFoundException("No order " + orderId));
          if (!seesAll(actor)
              && !(actor.has(Role.INVESTOR) && o.ownerUser().equals(actor.userId()))) {
            throw new AccessDeniedException(String.format(NOT_YOUR_ORDER, orderId));
          }
          MarketRules r = store.state(o.instrumentId()).map(MarketService::rules).orElseThrow();
          return store.events(orderId).stream()
              .map(
                  e ->
                      new OrderEvent(
                          e.at(),
                          e.kind(),
                          e.quantity(),
                          e.priceMinor() == null ? null : r.text(e.priceMinor()),
                          e.reason()))
              .toList();
        });
  }

  // --- helpers
  // -------------------------------------------------------------------------------------

  private void operations(Actor actor) {
    if (OPERATIONS.stream().noneMatch(actor::has)) {
      throw new AccessDeniedException(ONLY_OPERATIONS);
    }
  }

  private void seeAll(Actor actor) {
    if (!seesAll(actor)) {
      throw new AccessDeniedException(
          "Only trustees, the registrar, compliance and administrators see the whole market.");
    }
  }

  private static boolean seesAll(Actor actor) {
    return SEE_ALL.stream().anyMatch(actor::has);
  }

  private TradingPorts.Tradable tradable(String instrumentId) {
    return catalog
        .tradable(instrumentId)
        .orElseThrow(() -> new NotFoundException(String.format(NOT_TRADABLE, instrumentId)));
  }

  /** The instrument's market state, created with the default rules the first time. */
  MarketState state(TradingPorts.Tradable t) {
    return orderChecks.state(t);
  }

  private static MarketRules rules(MarketState state) {
    return OrderChecks.rules(state);
  }

  private MarketRules rulesOf(String instrumentId, String currency) {
    return store
        .state(instrumentId)
        .map(MarketService::rules)
        .orElse(
            new MarketRules(1, 1, 0, 0, Currency.getInstance(currency).getDefaultFractionDigits()));
  }

  /** Instrument → currency of its market (fixed when the market is created). */
  private final Map<String, String> currencies = new java.util.concurrent.ConcurrentHashMap<>();

  private String currencyOf(String instrumentId) {
    String known = currencies.get(instrumentId);
    if (known != null) {
      return known;
    }
    Optional<String> stored = store.state(instrumentId).map(MarketState::currency);
    stored.ifPresent(c -> currencies.put(instrumentId, c));
    return stored.orElse("CNY");
  }

  private static String status(TradingPorts.Tradable t, MarketState state) {
    return t.paused() ? "PAUSED" : state.halted() ? "HALTED" : "OPEN";
  }

  private static String statusReason(TradingPorts.Tradable t, MarketState state) {
    return t.paused() ? t.pauseReason() : state.halted() ? state.haltReason() : null;
  }

  private static Optional<Long> best(List<StoredOrder> resting, boolean bids) {
    return resting.stream()
        .filter(o -> o.buy() == bids)
        .map(StoredOrder::priceMinor)
        .max(bids ? Comparator.<Long>naturalOrder() : Comparator.<Long>reverseOrder());
  }

  private static List<PriceLevel> levels(
      List<StoredOrder> resting, boolean bids, int depth, MarketRules r) {
    TreeMap<Long, long[]> byPrice =
        new TreeMap<>(bids ? Comparator.<Long>reverseOrder() : Comparator.<Long>naturalOrder());
    for (StoredOrder o : resting) {
      if (o.buy() == bids) {
        long[] level = byPrice.computeIfAbsent(o.priceMinor(), p -> new long[2]);
        level[0] += o.openQuantity();
        level[1]++;
      }
    }
    List<PriceLevel> out = new ArrayList<>();
    for (Map.Entry<Long, long[]> e : byPrice.entrySet()) {
      if (out.size() == depth) {
        break;
      }
      out.add(
          new PriceLevel(r.text(e.getKey()), e.getKey(), e.getValue()[0], (int) e.getValue()[1]));
    }
    return out;
  }

  /** Hourly bars of the trades, oldest first. */
  private static List<PricePoint> chart(List<StoredTrade> newestFirst, MarketRules r) {
    TreeMap<Instant, List<StoredTrade>> bars = new TreeMap<>();
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      StoredTrade t = newestFirst.get(i);
      bars.computeIfAbsent(t.executedAt().truncatedTo(ChronoUnit.HOURS), k -> new ArrayList<>())
          .add(t);
    }
    List<PricePoint> out = new ArrayList<>();
    bars.forEach(
        (from, trades) -> {
          long high = trades.stream().mapToLong(StoredTrade::priceMinor).max().orElse(0);
          long low = trades.stream().mapToLong(StoredTrade::priceMinor).min().orElse(0);
          long volume = trades.stream().mapToLong(StoredTrade::quantity).sum();
          out.add(
              new PricePoint(
                  from,
                  r.text(trades.get(0).priceMinor()),
                  r.text(high),
                  r.text(low),
                  r.text(trades.get(trades.size() - 1).priceMinor()),
                  volume));
        });
    return out;
  }

  OrderView view(StoredOrder o) {
    return OrderView.of(o, currencyOf(o.instrumentId()), fees.reservedMinor(o));
  }

  private TradeView view(StoredTrade t, MarketRules r, Map<Long, StoredOrder> orders) {
    StoredOrder buy = orders.computeIfAbsent(t.buyOrderId(), id -> store.order(id).orElseThrow());
    StoredOrder sell = orders.computeIfAbsent(t.sellOrderId(), id -> store.order(id).orElseThrow());
    return fees.withFee(
        new TradeView(
            t.id(),
            t.instrumentId(),
            buy.ownerUser(),
            sell.ownerUser(),
            t.buyOrderId(),
            t.sellOrderId(),
            r.text(t.priceMinor()),
            t.priceMinor(),
            t.quantity(),
            r.text(t.amountMinor()),
            t.amountMinor(),
            t.currency(),
            t.executedAt(),
            t.settlement().name(),
            t.ledgerTransactionId(),
            t.lastProblem()));
  }
}
