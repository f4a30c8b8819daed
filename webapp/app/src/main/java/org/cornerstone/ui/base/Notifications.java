package org.cornerstone.ui.base;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;

/** Messages to the user. Text is always set as text, never as HTML. */
public final class Notifications {
  private Notifications() {}

  public static void success(String message) {
    show(message, NotificationVariant.LUMO_SUCCESS, 4000);
  }

  /** A refusal; a service's known sentence is shown in the UI's language. */
  public static void error(String message) {
    show(ServiceMessages.localize(message), NotificationVariant.LUMO_ERROR, 8000);
  }

  public static void errors(List<String> problems) {
    error(String.join("\n", ServiceMessages.localize(problems)));
  }

  private static void show(String message, NotificationVariant variant, int millis) {
    Notification notification = new Notification(message, millis, Notification.Position.TOP_CENTER);
    notification.addThemeVariants(variant);
    notification.addClassName("cs-notification");
    notification.open();
  }
}
