package org.cornerstone.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The in-JVM listeners of each instrument's market (open screens, server push). {@link #publish} is
 * called after a commit; listeners run on a background thread, never the committer's.
 */
@ApplicationScoped
public class MarketListeners {
  private static final Logger LOG = Logger.getLogger(MarketListeners.class.getName());

  @Inject TradingPorts.Background background;

  private final Map<String, List<Consumer<MarketChanged>>> listeners = new ConcurrentHashMap<>();

  public AutoCloseable subscribe(String instrumentId, Consumer<MarketChanged> listener) {
    List<Consumer<MarketChanged>> list =
        listeners.computeIfAbsent(instrumentId, k -> new CopyOnWriteArrayList<>());
    list.add(listener);
    return () -> list.remove(listener);
  }

  private final List<Consumer<MarketChanged>> everyMarket = new CopyOnWriteArrayList<>();

  /** Listens to every instrument's market. */
  public AutoCloseable subscribeAll(Consumer<MarketChanged> listener) {
    everyMarket.add(listener);
    return () -> everyMarket.remove(listener);
  }

  /** Whether any screen listens at all (the catalog watch runs only then). */
  public boolean anyListening() {
    return !everyMarket.isEmpty() || listeners.values().stream().anyMatch(l -> !l.isEmpty());
  }

  public void publish(String instrumentId) {
    List<Consumer<MarketChanged>> list = new ArrayList<>(everyMarket);
    List<Consumer<MarketChanged>> one = listeners.get(instrumentId);
    if (one != null) {
      list.addAll(one);
    }
    if (list.isEmpty()) {
      return;
    }
    MarketChanged changed = new MarketChanged(instrumentId);
    for (Consumer<MarketChanged> listener : list) {
      background.execute(
          () -> {
            try {
              listener.accept(changed);
            } catch (RuntimeException e) {
              LOG.log(Level.FINE, "A market listener failed", e);
            }
          });
    }
  }
}
