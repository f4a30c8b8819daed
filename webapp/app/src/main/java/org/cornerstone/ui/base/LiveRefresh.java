package org.cornerstone.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/**
 * Keeps a view current by polling while it is on screen: the poll listener is added on attach and
 * removed on detach, so a view left behind never keeps querying.
 */
public final class LiveRefresh {
  private LiveRefresh() {}

  public static void every(Component view, int millis, Runnable refresh) {
    Registration[] poll = new Registration[1];
    view.addAttachListener(
        e -> {
          e.getUI().setPollInterval(millis);
          poll[0] = e.getUI().addPollListener(p -> refresh.run());
        });
    view.addDetachListener(
        e -> {
          e.getUI().setPollInterval(-1);
          if (poll[0] != null) {
            poll[0].remove();
            poll[0] = null;
          }
        });
  }
}
