package org.cornerstone.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a view current by server push: subscribed while attached, each notice runs {@code refresh}
 * inside {@code UI.access} (the UI's lock held, the result pushed at once, see {@code AppShell});
 * the subscription is closed on detach, so a view left behind never listens on.
 */
public final class PushRefresh {
  private static final Logger LOG = Logger.getLogger(PushRefresh.class.getName());

  private PushRefresh() {}

  /**
   * Follows {@code subscribe} (given the listener to call, answers the handle that ends the
   * subscription) while {@code view} is attached.
   */
  public static void follow(
      Component view, Function<Runnable, AutoCloseable> subscribe, Runnable refresh) {
    AutoCloseable[] subscription = new AutoCloseable[1];
    view.addAttachListener(
        attach -> {
          UI ui = attach.getUI();
          subscription[0] = subscribe.apply(() -> pushTo(ui, refresh));
        });
    view.addDetachListener(
        detach -> {
          if (subscription[0] != null) {
            try {
              subscription[0].close();
            } catch (Exception e) {
              LOG.log(Level.FINE, "Closing a push subscription failed", e);
            }
            subscription[0] = null;
          }
        });
  }

  /** Refreshes in the UI's session; a UI closed meanwhile is simply not refreshed. */
  public static void pushTo(UI ui, Runnable refresh) {
    try {
      ui.access(
          () -> {
            try {
              refresh.run();
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "Refreshing a screen by push failed", e);
            }
          });
    } catch (UIDetachedException e) {
      // the browser left: its detach listener closes the subscription
    }
  }
}
