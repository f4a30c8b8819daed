package org.cornerstone.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Matching of orders that were answered once durable ({@link OrderEntry#submitDurable}, ADR 0012),
 * on another thread. Requests for one instrument coalesce: at most one match of an instrument runs
 * here at a time, and a request that arrives while it runs makes it run once more, so every order
 * committed before a request is applied by a match that starts after it. A match that fails three
 * times is left to the scheduler's sweep, which matches every order still pending after a few
 * seconds (as after a crash); the orders are durable either way.
 */
@ApplicationScoped
public class LaterMatching {
  private static final Logger LOG = Logger.getLogger(LaterMatching.class.getName());

  @Inject Matcher matcher;
  @Inject TradingPorts.Transactions transactions;
  @Inject TradingPorts.Background background;

  /** Per instrument: requests not yet covered by a match that started after them. */
  private final ConcurrentHashMap<String, AtomicInteger> requests = new ConcurrentHashMap<>();

  /** How many matching transactions ran here (benchmark). */
  final AtomicLong matches = new AtomicLong();

  /** Matches the instrument's pending orders soon, on another thread. */
  public void match(String instrumentId) {
    AtomicInteger waiting = requests.computeIfAbsent(instrumentId, i -> new AtomicInteger());
    if (waiting.getAndIncrement() == 0) {
      try {
        background.execute(() -> drain(instrumentId, waiting));
      } catch (RuntimeException e) {
        waiting.set(0);
        LOG.warning("Matching " + instrumentId + " is left to the sweep: " + e);
      }
    }
  }

  /** Whether no match is requested or running (benchmark, tests). */
  public boolean idle() {
    return requests.values().stream().allMatch(w -> w.get() == 0);
  }

  private void drain(String instrumentId, AtomicInteger waiting) {
    try {
      while (true) {
        int seen = waiting.get();
        matchNow(instrumentId);
        if (waiting.addAndGet(-seen) == 0) {
          return;
        }
      }
    } catch (Error e) {
      waiting.set(0); // the next request starts a new drain; the sweep covers the rest
      throw e;
    }
  }

  private void matchNow(String instrumentId) {
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        transactions.inNew(
            () -> {
              matcher.matchPending(instrumentId);
              return null;
            });
        matches.incrementAndGet();
        return;
      } catch (RuntimeException e) {
        if (attempt == 3) {
          LOG.warning("Matching " + instrumentId + " failed, left to the sweep: " + e);
        }
      }
    }
  }
}
