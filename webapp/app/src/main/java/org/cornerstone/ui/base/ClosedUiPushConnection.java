package org.cornerstone.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.AtmospherePushConnection;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.PushConnectionFactory;

/**
 * Vaadin's push connection, except that it pushes nothing to a UI that is closing.
 *
 * <p>Why (issue 15, load test): {@code UI.close()} pushes one last message. Vaadin closes a UI when
 * the browser's unload beacon says the page was left, or when its heartbeats stop: the browser on
 * the other end is gone, so that message is never written. The next request of the session
 * (typically the next page the user opens) removes the closed UI, and {@code
 * AtmospherePushConnection.disconnect()} waits up to one second for that message while it holds the
 * session's lock; every request of the session waits with it. The load test measured it: 5–7 % of
 * page loads took a second longer at 100 users. Vaadin fixed this for 23.x by disconnecting push
 * before the beacon's close (vaadin/flow#21158, #21219); 24.9 does not have that fix.
 *
 * <p>The app itself never closes a UI, so a closing UI always has no browser to receive anything.
 * Installed through the service loader ({@code
 * META-INF/services/com.vaadin.flow.server.communication.PushConnectionFactory}), the way Vaadin's
 * bootstrap looks for a push connection factory.
 */
public class ClosedUiPushConnection extends AtmospherePushConnection {
  public ClosedUiPushConnection(UI ui) {
    super(ui);
  }

  @Override
  public void push(boolean async) {
    if (getUI().isClosing()) {
      return;
    }
    super.push(async);
  }

  /** The factory Vaadin's bootstrap finds with {@link java.util.ServiceLoader}. */
  public static final class Factory implements PushConnectionFactory {
    @Override
    public PushConnection apply(UI ui) {
      return new ClosedUiPushConnection(ui);
    }
  }
}
