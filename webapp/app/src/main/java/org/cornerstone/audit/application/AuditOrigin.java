package org.cornerstone.audit.application;

import java.util.Optional;
import org.cornerstone.audit.domain.Channel;

/**
 * Where the action being handled on this thread came from: set by the edge (the REST filter, the
 * screens' request interceptor) for the length of one request, read by the recorders. Nothing is
 * set for work that no user started (jobs, process steps, start-up), which is not a user action.
 */
public record AuditOrigin(Channel channel, String clientAddress) {
  private static final ThreadLocal<AuditOrigin> CURRENT = new ThreadLocal<>();

  public static Optional<AuditOrigin> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** Sets the origin for this thread; the returned handle clears it again. */
  public static Scope enter(AuditOrigin origin) {
    AuditOrigin before = CURRENT.get();
    CURRENT.set(origin);
    return () -> {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    };
  }

  /** Ends an origin set by {@link #enter}. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
