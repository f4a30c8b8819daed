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
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cornerstone.platform.PlatformStarted;
import org.cornerstone.trading.application.Matcher;
import org.cornerstone.trading.application.TradeSettler;
import org.cornerstone.trading.application.TradingPorts;
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

  private ScheduledFuture<?> sweep;

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
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Trading sweep failed", e);
    }
  }

  @PreDestroy
  void stop() {
    if (sweep != null) {
      sweep.cancel(false);
    }
  }
}
