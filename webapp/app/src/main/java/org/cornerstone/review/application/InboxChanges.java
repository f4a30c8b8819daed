package org.cornerstone.review.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the open review screens of this node that review tasks changed (created, claimed,
 * completed, deleted: the engine reports it after the commit), so they refresh by server push
 * instead of polling. Changes that arrive while a notice is pending are folded into it: a burst of
 * task events costs each screen one refresh. Listeners run on the container's managed executor,
 * never on the committing thread. A change made on another node is not seen here: the screens keep
 * a slow poll for it (issue 15, two nodes).
 */
@ApplicationScoped
public class InboxChanges {
  private static final Logger LOG = Logger.getLogger(InboxChanges.class.getName());

  @Resource ManagedExecutorService executor;

  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private final AtomicBoolean pending = new AtomicBoolean();
  private Executor direct;

  public InboxChanges() {}

  /** For tests: listeners run on {@code executor}. */
  InboxChanges(Executor executor) {
    this.direct = executor;
  }

  /** Calls {@code listener} after every later change until the returned handle is closed. */
  public AutoCloseable subscribe(Runnable listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Review tasks changed (a transaction that touched them committed). */
  public void changed() {
    if (listeners.isEmpty() || !pending.compareAndSet(false, true)) {
      return;
    }
    (direct != null ? direct : executor)
        .execute(
            () -> {
              pending.set(false);
              for (Runnable listener : listeners) {
                try {
                  listener.run();
                } catch (RuntimeException e) {
                  LOG.log(Level.FINE, "An inbox listener failed", e);
                }
              }
            });
  }

  int listeners() {
    return listeners.size();
  }
}
