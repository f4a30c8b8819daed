package org.cornerstone.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.cornerstone.cash.application.CashReservations;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.trading.domain.MarketState;
import org.cornerstone.trading.domain.OrderStatus;
import org.cornerstone.trading.domain.StoredOrder;
import org.cornerstone.trading.domain.StoredOrderEvent;
import org.cornerstone.trading.domain.TradingStore;

/**
 * Durable order entry with group commit (ADR 0010). Concurrent submits queue up; the first caller
 * that finds no batch being entered becomes the writer: it takes everything waiting (at most {@link
 * #MAX_BATCH}) and enters it in <em>one</em> transaction — the checks of every order, then all
 * reservations decided together in arrival order ({@link EntryReservations}: a few statements per
 * batch), then one batched insert of the orders and their history — and commits once. Then, while
 * the next writer already enters the next batch, it matches the batch's instruments (one matching
 * transaction per instrument, which also reads the orders' state) and answers every caller. An
 * order is answered only after the commit that made it durable; a refused order (checks, cash or
 * tokens, a reused key) wrote nothing and spoils nothing; if the batch's transaction fails, every
 * order is entered again on its own, so only the order at fault fails.
 *
 * <p>{@link #submitDurable} (ADR 0012) answers right after that commit, with the order as entered,
 * and leaves its matching to {@link LaterMatching}; refusals are the same answers as before.
 */
@ApplicationScoped
public class OrderEntry {
  private static final Logger LOG = Logger.getLogger(OrderEntry.class.getName());

  /** At most this many orders are entered in one transaction. */
  static final int MAX_BATCH = 256;

  @Inject TradingStore store;
  @Inject Matcher matcher;
  @Inject CashReservations cash;
  @Inject TokenReservations tokens;
  @Inject TradingPorts.Transactions transactions;
  @Inject OrderChecks checks;
  @Inject LaterMatching later;
  @Inject Clock clock;

  /** One caller's order on its way through a batch. */
  static final class Request {
    final Actor actor;
    final OrderTicket ticket;

    /** Answered once durable, before the match ({@link #submitDurable}). */
    final boolean durableOnly;

    final CompletableFuture<OrderView> answer = new CompletableFuture<>();

    /** Taken into a batch (guarded by the monitor). */
    boolean taken;

    /** After entry: the order (new or the one its key named before), or why it was refused. */
    StoredOrder order;

    RuntimeException refusal;

    /** What a new buy order reserved at entry (minor units), else -1. */
    long reservedCash = -1;

    Request(Actor actor, OrderTicket ticket) {
      this(actor, ticket, false);
    }

    Request(Actor actor, OrderTicket ticket, boolean durableOnly) {
      this.actor = actor;
      this.ticket = ticket;
      this.durableOnly = durableOnly;
    }
  }

  private final Object monitor = new Object();
  private final ArrayDeque<Request> waiting = new ArrayDeque<>();
  private int writers;

  /**
   * At most this many batches are entered at once (1: one writer, the others queue). Batches that
   * run at once lock their accounts in the same order, as two app instances do (ADR 0010).
   */
  volatile int maxWriters = 1;

  /** The currency of each market (fixed when the market is created). */
  private final Map<String, String> currencies = new ConcurrentHashMap<>();

  /** How many batches and orders were entered (benchmark). */
  final java.util.concurrent.atomic.AtomicLong batches =
      new java.util.concurrent.atomic.AtomicLong();

  final java.util.concurrent.atomic.AtomicLong entered =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * Enters the order and answers once it is durable and matched (see the class comment).
   *
   * @throws AccessDeniedException the actor is no investor
   * @throws ValidationException a bad ticket or the transfer rules refuse the buyer
   * @throws ConflictException halted or paused, not enough cash or tokens, a key reused
   */
  public OrderView submit(Actor actor, OrderTicket ticket) {
    return submit(actor, ticket, false);
  }

  /**
   * Enters the order and answers as soon as it is durable: the order as entered (not yet matched,
   * shown {@code OPEN}); it is matched right after on another thread, its fills reported by the
   * market's listeners and its history. Refusals are answered as by {@link #submit}.
   */
  public OrderView submitDurable(Actor actor, OrderTicket ticket) {
    return submit(actor, ticket, true);
  }

  private OrderView submit(Actor actor, OrderTicket ticket, boolean durableOnly) {
    if (!actor.has(Role.INVESTOR)) {
      throw new AccessDeniedException(MarketService.ONLY_INVESTORS);
    }
    String key = ticket == null ? null : ticket.clientOrderKey();
    if (key == null || key.isBlank() || key.length() > 100) {
      throw new ValidationException("An order needs a client order key of 1 to 100 characters.");
    }
    Request request = new Request(actor, ticket, durableOnly);
    boolean interrupted = false;
    synchronized (monitor) {
      waiting.add(request);
    }
    while (true) {
      List<Request> batch = new ArrayList<>();
      synchronized (monitor) {
        while (!request.taken && writers >= maxWriters) {
          try {
            monitor.wait();
          } catch (InterruptedException e) {
            interrupted = true; // the order may be in a batch already: wait for its answer
          }
        }
        if (request.taken) {
          break;
        }
        writers++;
        while (!waiting.isEmpty() && batch.size() < MAX_BATCH) {
          Request next = waiting.poll();
          next.taken = true;
          batch.add(next);
        }
      }
      process(batch, this::writerDone);
    }
    try {
      return request.answer.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void writerDone() {
    synchronized (monitor) {
      writers--;
      monitor.notifyAll();
    }
  }

  /**
   * Enters the batch, calls {@code entered} (the next batch may be entered from then on), matches
   * and answers every request. Never throws: a failure is every unanswered caller's answer.
   */
  void process(List<Request> batch, Runnable entered) {
    try {
      try {
        enter(batch);
      } finally {
        entered.run();
      }
      matchAndAnswer(batch);
    } catch (RuntimeException | Error e) {
      for (Request r : batch) {
        r.answer.completeExceptionally(e);
      }
      if (e instanceof Error error) {
        throw error;
      }
    }
  }

  // --- entry
  // ----------------------------------------------------------------------------------------

  /**
   * The batch's transaction, tried twice (a deadlock with a matching transaction or another
   * instance's batch); if it still fails, each order on its own. A batch of one order is tried
   * again only when PostgreSQL broke a deadlock or a serialization conflict ({@link
   * #transientFailure}): any other failure (a refusal, say) is its answer.
   */
  private void enter(List<Request> batch) {
    for (int attempt = 1; attempt <= 2; attempt++) {
      try {
        transactions.inNew(() -> enterAll(batch));
        batches.incrementAndGet();
        entered.addAndGet(batch.size());
        return;
      } catch (RuntimeException e) {
        if (batch.size() == 1 && (attempt == 2 || !transientFailure(e))) {
          answerFailure(batch.get(0), e);
          return;
        }
        LOG.info("A batch of " + batch.size() + " orders failed (attempt " + attempt + "): " + e);
      }
    }
    for (Request r : batch) {
      try {
        transactions.inNew(() -> enterAll(List.of(r)));
      } catch (RuntimeException e) {
        answerFailure(r, e);
      }
    }
  }

  /**
   * Whether PostgreSQL rolled the transaction back to break a deadlock ({@code 40P01}) or a
   * serialization conflict ({@code 40001}): nothing of it was stored, and the same work may simply
   * be tried again. Seen with two app nodes entering, matching and settling at once (TwoNodesIT).
   */
  static boolean transientFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.sql.SQLException sql
          && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  /** The transaction failed: nothing of it is stored, unless a racing double submit stored it. */
  private void answerFailure(Request r, RuntimeException e) {
    r.order = null;
    r.refusal = e;
    if (e instanceof ValidationException) {
      return;
    }
    try {
      Optional<StoredOrder> first =
          transactions.inNew(() -> store.orderByKey(r.actor.userId(), r.ticket.clientOrderKey()));
      if (first.isPresent()) {
        r.order = repeated(first.get(), r.ticket);
        r.refusal = null;
      }
    } catch (RuntimeException again) {
      r.order = null;
      r.refusal = again instanceof ConflictException ? again : e;
    }
  }

  /**
   * The orders' checks, their reservations decided together (a few statements for the whole batch,
   * in arrival order), then their rows and history in one batch each. A key repeated inside the
   * batch waits for a later round, so that it answers the order its first use entered.
   */
  private Void enterAll(List<Request> requests) {
    Batch batch = new Batch();
    List<String> owners = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Set<String> instruments = new java.util.LinkedHashSet<>();
    for (Request r : requests) {
      owners.add(r.actor.userId());
      keys.add(r.ticket.clientOrderKey());
      if (r.ticket.instrumentId() != null && !r.ticket.instrumentId().isBlank()) {
        instruments.add(r.ticket.instrumentId().trim());
      }
    }
    // ids (and so time priority) in arrival order; the market states the checks read
    TradingStore.Entering entering = store.entering(owners, keys, requests.size(), instruments);
    for (StoredOrder earlier : entering.earlier()) {
      batch.byKey.put(Batch.key(earlier.ownerUser(), earlier.clientOrderKey()), earlier);
    }
    for (MarketState state : entering.states()) {
      batch.states.put(state.instrumentId(), state);
    }
    List<Long> ids = entering.ids();
    List<Integer> remaining = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      remaining.add(i);
    }
    while (!remaining.isEmpty()) {
      List<Integer> round = new ArrayList<>();
      List<Integer> later = new ArrayList<>();
      Set<String> inRound = new java.util.HashSet<>();
      for (int i : remaining) {
        Request r = requests.get(i);
        (inRound.add(Batch.key(r.actor.userId(), r.ticket.clientOrderKey())) ? round : later)
            .add(i);
      }
      enterRound(requests, round, ids, batch);
      remaining = later;
    }
    store.insertEntered(batch.orders, batch.events);
    return null;
  }

  /**
   * One round of the batch (each key at most once), in arrival order: the checks of every order,
   * then every reservation at once (buy: cash {@link #cashToReserve}, sell: tokens), then the
   * orders as they will be stored. A refused order writes nothing; the others go on.
   */
  private void enterRound(
      List<Request> requests, List<Integer> round, List<Long> ids, Batch batch) {
    List<EntryReservations.Checked> checked = new ArrayList<>();
    for (int i : round) {
      Request r = requests.get(i);
      r.order = null;
      r.refusal = null;
      try {
        Optional<StoredOrder> earlier = batch.earlier(r.actor.userId(), r.ticket.clientOrderKey());
        if (earlier.isPresent()) {
          r.order = repeated(earlier.get(), r.ticket);
          continue;
        }
        OrderChecks.Entry entry = checks.validate(r.actor, r.ticket, Locale.ENGLISH, batch);
        currencies.putIfAbsent(entry.state().instrumentId(), entry.state().currency());
        if (!entry.refusals().isEmpty()) {
          throw new ValidationException(entry.refusals());
        }
        long id = ids.get(i);
        checked.add(new EntryReservations.Checked(r, entry, id, StoredOrder.reservationKey(id, 0)));
      } catch (ValidationException
          | ConflictException
          | NotFoundException
          | AccessDeniedException refused) {
        // thrown before the order wrote anything: the others go on
        r.refusal = refused;
      }
    }
    EntryReservations.reserve(checked, cash, tokens);
    Instant now = clock.instant();
    for (EntryReservations.Checked c : checked) {
      if (c.request().refusal == null) {
        StoredOrder order = EntryReservations.order(c, now);
        batch.add(
            order,
            new StoredOrderEvent(
                order.id(), now, "ENTERED", order.quantity(), order.priceMinor(), null));
        c.request().order = order;
        c.request().reservedCash =
            order.buy() ? OrderChecks.cashToReserve(c.entry(), c.request().ticket.quantity()) : -1;
      }
    }
  }

  /** The order a repeated key names, if the repeat asks for the same order. */
  static StoredOrder repeated(StoredOrder first, OrderTicket ticket) {
    boolean same =
        first.instrumentId().equals(String.valueOf(ticket.instrumentId()).trim())
            && first.side().equalsIgnoreCase(String.valueOf(ticket.side()).trim())
            && first.timeInForce().equalsIgnoreCase(String.valueOf(ticket.timeInForce()).trim());
    if (!same) {
      throw new ConflictException(
          String.format(MarketService.KEY_REUSED, ticket.clientOrderKey(), first.id()));
    }
    return first;
  }

  /** What one transaction of order entry looked up once and what it will write. */
  static final class Batch {
    final Map<String, TradingPorts.Tradable> tradables = new HashMap<>();
    final Map<String, MarketState> states = new HashMap<>();
    final Map<String, Optional<String>> parties = new HashMap<>();
    final Map<String, StoredOrder> byKey = new HashMap<>();
    final List<StoredOrder> orders = new ArrayList<>();
    final List<StoredOrderEvent> events = new ArrayList<>();

    static String key(String ownerUser, String clientOrderKey) {
      return ownerUser + '\n' + clientOrderKey;
    }

    Optional<StoredOrder> earlier(String ownerUser, String clientOrderKey) {
      return Optional.ofNullable(byKey.get(key(ownerUser, clientOrderKey)));
    }

    void add(StoredOrder order, StoredOrderEvent event) {
      byKey.put(key(order.ownerUser(), order.clientOrderKey()), order);
      orders.add(order);
      events.add(event);
    }
  }

  // --- matching and answers
  // -------------------------------------------------------------------------

  /**
   * Answers refusals and the orders answered once durable (their instruments matched later on
   * another thread); matches each other instrument of the batch once and answers its orders.
   */
  private void matchAndAnswer(List<Request> batch) {
    Map<String, List<Request>> byInstrument = new LinkedHashMap<>();
    Set<String> matchLater = new java.util.LinkedHashSet<>();
    for (Request r : batch) {
      if (r.refusal != null) {
        r.answer.completeExceptionally(r.refusal);
      } else if (r.order == null) {
        r.answer.completeExceptionally(new IllegalStateException("The order was not entered."));
      } else if (r.durableOnly) {
        String currency = currencyOf(r.order.instrumentId());
        r.answer.complete(
            r.reservedCash < 0
                ? OrderView.of(r.order, currency)
                : OrderView.of(r.order, currency, r.reservedCash));
        matchLater.add(r.order.instrumentId());
      } else {
        byInstrument.computeIfAbsent(r.order.instrumentId(), i -> new ArrayList<>()).add(r);
      }
    }
    matchLater.removeAll(byInstrument.keySet()); // matched here, now
    matchLater.forEach(later::match);
    for (Map.Entry<String, List<Request>> e : byInstrument.entrySet()) {
      String instrumentId = e.getKey();
      List<Long> ids = e.getValue().stream().map(r -> r.order.id()).distinct().sorted().toList();
      Map<Long, Long> reserved = new HashMap<>();
      Map<Long, StoredOrder> now = match(instrumentId, ids, reserved);
      String currency = currencies.get(instrumentId);
      for (Request r : e.getValue()) {
        StoredOrder o = now.getOrDefault(r.order.id(), r.order);
        Long cashReserved = reserved.get(o.id());
        r.answer.complete(
            cashReserved == null
                ? OrderView.of(o, currency)
                : OrderView.of(o, currency, cashReserved));
      }
    }
  }

  /**
   * The matching transaction of the instrument (tried again on a transient failure such as a
   * deadlock); answers the orders as it left them. One match applies every pending order of the
   * instrument, so it first reads the orders: when a concurrent match applied them all, it does not
   * queue for the instrument's lock.
   */
  Map<Long, StoredOrder> match(String instrumentId, List<Long> orderIds) {
    return match(instrumentId, orderIds, new HashMap<>());
  }

  /**
   * The same; {@code reserved} gets what each live buy order reserves now (limit × open quantity
   * and its fee), read in the matching transaction.
   */
  Map<Long, StoredOrder> match(String instrumentId, List<Long> orderIds, Map<Long, Long> reserved) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.inNew(
            () -> {
              List<StoredOrder> orders = store.orders(orderIds);
              if (orders.stream().anyMatch(o -> o.status() == OrderStatus.PENDING)) {
                matcher.matchPending(instrumentId);
                orders = store.orders(orderIds);
              }
              knowCurrency(instrumentId);
              reserved.clear();
              for (StoredOrder o : orders) {
                if (o.buy() && o.status().live() && o.reservationKey() != null) {
                  cash.find(o.reservationKey())
                      .ifPresent(c -> reserved.put(o.id(), c.amount().minorUnits()));
                }
              }
              return byId(orders);
            });
      } catch (RuntimeException e) {
        if (attempt >= 3) {
          // the orders are durable: the scheduler's sweep matches them later
          LOG.warning("Matching " + instrumentId + " failed: " + e);
          return transactions.inNew(
              () -> {
                knowCurrency(instrumentId);
                return byId(store.orders(orderIds));
              });
        }
      }
    }
  }

  private String currencyOf(String instrumentId) {
    if (!currencies.containsKey(instrumentId)) {
      transactions.inNew(
          () -> {
            knowCurrency(instrumentId);
            return null;
          });
    }
    return currencies.get(instrumentId);
  }

  private void knowCurrency(String instrumentId) {
    if (!currencies.containsKey(instrumentId)) {
      store.state(instrumentId).ifPresent(s -> currencies.putIfAbsent(instrumentId, s.currency()));
    }
  }

  private static Map<Long, StoredOrder> byId(List<StoredOrder> orders) {
    Map<Long, StoredOrder> out = new HashMap<>();
    for (StoredOrder o : orders) {
      out.put(o.id(), o);
    }
    return out;
  }
}
