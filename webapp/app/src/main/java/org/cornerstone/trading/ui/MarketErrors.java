package org.cornerstone.trading.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.Notifications;

/**
 * Calls the market and turns its refusals into messages a person can act on: a notification with
 * the service's own sentences (never a stack trace); anything unexpected is logged and shown as a
 * generic failure.
 */
final class MarketErrors {
  private static final Logger LOG = Logger.getLogger(MarketErrors.class.getName());

  private MarketErrors() {}

  /** The call's answer, or empty after the user was told why it failed. */
  static <T> Optional<T> call(Component where, Supplier<T> action) {
    try {
      return Optional.ofNullable(action.get());
    } catch (RuntimeException e) {
      Notifications.errors(messages(where, e));
      return Optional.empty();
    }
  }

  /** What the user reads for this failure. */
  static List<String> messages(Component where, RuntimeException thrown) {
    RuntimeException e = known(thrown);
    if (e instanceof ValidationException v) {
      return v.problems();
    }
    if (e instanceof ConflictException) {
      return List.of(where.getTranslation("market.error.conflict", e.getMessage()));
    }
    if (e instanceof AccessDeniedException) {
      return List.of(where.getTranslation("market.error.denied", e.getMessage()));
    }
    if (e instanceof NotFoundException) {
      return List.of(where.getTranslation("market.error.notFound", e.getMessage()));
    }
    LOG.log(Level.SEVERE, "A market action failed unexpectedly", e);
    return List.of(where.getTranslation("market.error.unexpected"));
  }

  /** The refusal itself when a container wrapped it (e.g. in an EJBException), else the same. */
  private static RuntimeException known(RuntimeException thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ValidationException
          || t instanceof ConflictException
          || t instanceof AccessDeniedException
          || t instanceof NotFoundException) {
        return (RuntimeException) t;
      }
    }
    return thrown;
  }
}
