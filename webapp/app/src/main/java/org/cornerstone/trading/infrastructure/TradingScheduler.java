package org.cornerstone.trading.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cornerstone.platform.PlatformStarted;
import org.cornerstone.trading.application.MarketListeners;
import org.cornerstone.trading.application.Matcher;
import org.cornerstone.trading.application.TradeSettler;
import org.cornerstone.trading.application.TradingPorts;
import org.cornerstone.trading.domain.MarketState;
import org.cornerstone.trading.domain.TradingStore;

/**
 * Trading's background work on the server's managed scheduled executor (see ADR 0010): settles new
 * trades at once after the match commits, and every second sweeps trades due for (another)
 * settlement attempt, orders that were stored but not matched (a crash between the two
 * transactions), and DAY orders of a past day.
 */
@ApplicationScoped
public class TradingScheduler {
  private static final Logger LOG = Logger.getLogger(TradingScheduler.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject TradeSettler settler;
  @Inject Matcher matcher;
  @Inject TradingStore store;
  @Inject TradingPorts.Transactions transactions;
  @Inject TradingPorts.Background background;
  @Inject Clock clock;

  @Inject TradingPorts.Catalog catalog;
  @Inject MarketListeners listeners;

  private ScheduledFuture<?> sweep;
  private int sweeps;

  /** The tradable instruments with their pause state when last looked at (null: not yet). */
  private Map<String, String> lastCatalog;

  void start(@Observes PlatformStarted started) {
    matcher.onTrades(ids -> background.execute(() -> ids.forEach(settler::settle)));
    sweep = scheduler.scheduleWithFixedDelay(this::sweep, 2, 1, TimeUnit.SECONDS);
  }

  void sweep() {
    try {
      var now = clock.instant();
      List<String> stale =
          transactions.inNew(
              () -> {
                List<String> all =
                    new java.util.ArrayList<>(
                        store.instrumentsWithPending(now.minus(Duration.ofSeconds(3))));
                all.addAll(store.instrumentsWithStaleDayOrders(now.truncatedTo(ChronoUnit.DAYS)));
                return all.stream().distinct().toList();
              });
      for (String instrumentId : stale) {
        transactions.inNew(
            () -> {
              matcher.matchPending(instrumentId);
              return null;
            });
      }
      settler.settleDue();
      if (listeners.anyListening()) {
        watchBooks();
        if (sweeps % CATALOG_EVERY == 0) {
          watchCatalog();
        }
      }
      sweeps++;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Trading sweep failed", e);
    }
  }

  /** Each market's stored state (book version, halt, parameters) when last looked at. */
  private Map<String, MarketState> lastStates;

  /**
   * Changes another application node made (issue 15, two nodes): its matcher and market operations
   * tell only the screens open on that node. Every sweep while screens listen here, the stored
   * markets are compared with the last look (the book version changes with every change to a book),
   * and the open screens of a market that changed are told. A change made on this node is told
   * twice at most (once at its commit, once here), which a screen takes as one more refresh.
   */
  void watchBooks() {
    Map<String, MarketState> now = new HashMap<>();
    for (MarketState state : transactions.inNew(store::states)) {
      now.put(state.instrumentId(), state);
    }
    publishChanged(lastStates, now);
    lastStates = now;
  }

  /** Every this many sweeps (seconds), the catalog is compared with the last look. */
  static final int CATALOG_EVERY = 3;

  /**
   * Instruments that became tradable (or stopped) and pauses set or lifted by the issuer's agent
   * happen outside trading: the open markets lists learn of them through this comparison.
   */
  void watchCatalog() {
    Map<String, String> now = new HashMap<>();
    for (TradingPorts.Tradable t : transactions.inNew(catalog::tradables)) {
      now.put(t.instrumentId(), t.paused() + "|" + t.pauseReason());
    }
    publishChanged(lastCatalog, now);
    lastCatalog = now;
  }

  /**
   * Tells the screens of every instrument whose entry differs between the two looks (added, changed
   * or gone); nothing at the first look ({@code before} null).
   */
  private <T> void publishChanged(Map<String, T> before, Map<String, T> now) {
    if (before == null) {
      return;
    }
    Set<String> changed = new HashSet<>();
    now.forEach(
        (id, state) -> {
          if (!state.equals(before.get(id))) {
            changed.add(id);
          }
        });
    before.keySet().stream().filter(id -> !now.containsKey(id)).forEach(changed::add);
    changed.forEach(listeners::publish);
  }

  @PreDestroy
  void stop() {
    if (sweep != null) {
      sweep.cancel(false);
    }
  }
}
