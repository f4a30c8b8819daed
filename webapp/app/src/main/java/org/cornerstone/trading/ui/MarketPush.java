package org.cornerstone.trading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cornerstone.trading.application.Market;
import org.cornerstone.ui.base.PushRefresh;

/**
 * Keeps a screen current by server push: while the screen is attached it is subscribed to its
 * instruments' market changes ({@link Market#subscribe}); each change runs {@code refresh} inside
 * {@code UI.access} (the UI's lock held, the result pushed to the browser at once, see {@code
 * AppShell}); on detach every subscription is closed, so a screen left behind never listens on.
 */
final class MarketPush {
  private static final Logger LOG = Logger.getLogger(MarketPush.class.getName());

  private final Market market;
  private final Supplier<Collection<String>> instruments;
  private final Runnable refresh;
  private final List<AutoCloseable> subscriptions = new ArrayList<>();
  private UI ui;
  private boolean everyMarket;

  private MarketPush(Market market, Supplier<Collection<String>> instruments, Runnable refresh) {
    this.market = market;
    this.instruments = instruments;
    this.refresh = refresh;
  }

  static MarketPush follow(
      Component view, Market market, Supplier<Collection<String>> instruments, Runnable refresh) {
    MarketPush push = new MarketPush(market, instruments, refresh);
    view.addAttachListener(
        attach -> {
          push.ui = attach.getUI();
          push.subscribe();
        });
    view.addDetachListener(
        detach -> {
          push.closeAll();
          push.ui = null;
        });
    return push;
  }

  /**
   * Keeps a screen current with every instrument's market ({@link Market#subscribeAll}): a list of
   * markets, the investor's orders and trades; new instruments included.
   */
  static MarketPush followAll(Component view, Market market, Runnable refresh) {
    MarketPush push = new MarketPush(market, List::of, refresh);
    push.everyMarket = true;
    view.addAttachListener(
        attach -> {
          push.ui = attach.getUI();
          push.subscribe();
        });
    view.addDetachListener(
        detach -> {
          push.closeAll();
          push.ui = null;
        });
    return push;
  }

  /** Follows the instruments anew (the screen now shows others); nothing while detached. */
  void restart() {
    if (ui != null) {
      subscribe();
    }
  }

  int subscriptions() {
    return subscriptions.size();
  }

  private void subscribe() {
    closeAll();
    UI target = ui;
    if (everyMarket) {
      try {
        subscriptions.add(market.subscribeAll(changed -> pushTo(target, refresh)));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not follow the markets", e);
      }
      return;
    }
    for (String instrumentId : instruments.get()) {
      try {
        subscriptions.add(market.subscribe(instrumentId, changed -> pushTo(target, refresh)));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not follow the market of " + instrumentId, e);
      }
    }
  }

  /** Refreshes in the UI's session ({@link PushRefresh#pushTo}). */
  static void pushTo(UI ui, Runnable refresh) {
    PushRefresh.pushTo(ui, refresh);
  }

  private void closeAll() {
    for (AutoCloseable s : subscriptions) {
      try {
        s.close();
      } catch (Exception e) {
        LOG.log(Level.FINE, "Closing a market subscription failed", e);
      }
    }
    subscriptions.clear();
  }
}
