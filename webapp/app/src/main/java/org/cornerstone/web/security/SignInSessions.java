package org.cornerstone.web.security;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cornerstone.party.application.SessionEnds;
import org.cornerstone.platform.PlatformStarted;

/**
 * "Sign out everywhere": remembers, per user, the moment before which every signed-in session of
 * theirs counts as ended. The authentication mechanism and the browser's access control both ask
 * it, so every other browser and tab of that user is signed out at its next request.
 *
 * <p>With several application nodes (issue 15) the user's other sessions may live on another node:
 * the moment is recorded in the database ({@link SessionEnds}) as well as in this node's memory,
 * and every node reads the ends recorded lately once a second ({@link #REFRESH}), so a session on
 * another node ends within about a second. Requests are answered from memory (no query each).
 */
@ApplicationScoped
public class SignInSessions {
  private static final Logger LOG = Logger.getLogger(SignInSessions.class.getName());

  /** How often this node reads the ends the other nodes recorded. */
  static final Duration REFRESH = Duration.ofSeconds(1);

  /** What a refresh reads: the ends recorded this long before it (well over {@link #REFRESH}). */
  static final Duration LOOK_BACK = Duration.ofMinutes(1);

  @Inject SessionEnds ends;
  @Resource ManagedScheduledExecutorService scheduler;

  private final Map<String, Instant> endedBefore = new ConcurrentHashMap<>();
  private ScheduledFuture<?> refreshing;

  /** Ends every session of the user signed in up to now, on every node. */
  public void endAll(String username, Instant now) {
    ends.record(username, now);
    remember(username, now);
  }

  /** Whether this session was ended by {@link #endAll}, here or on another node. */
  public boolean ended(SessionIdentity identity) {
    Instant before = endedBefore.get(identity.actor().userId());
    return before != null && !identity.signedInAt().isAfter(before);
  }

  void start(@Observes PlatformStarted started) {
    ends.all().forEach(e -> remember(e.username(), e.endedBefore()));
    refreshing =
        scheduler.scheduleWithFixedDelay(
            this::refresh, REFRESH.toMillis(), REFRESH.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Reads the ends recorded lately, by any node. */
  void refresh() {
    try {
      ends.recordedWithin(LOOK_BACK).forEach(e -> remember(e.username(), e.endedBefore()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not read the sessions ended on other nodes", e);
    }
  }

  private void remember(String username, Instant before) {
    endedBefore.merge(username, before, (a, b) -> a.isAfter(b) ? a : b);
  }

  @PreDestroy
  void stop() {
    if (refreshing != null) {
      refreshing.cancel(false);
    }
  }
}
