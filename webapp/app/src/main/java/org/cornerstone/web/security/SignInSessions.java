package org.cornerstone.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Sign out everywhere": remembers, per user, the moment before which every signed-in session of
 * theirs counts as ended. The authentication mechanism and the browser's access control both ask
 * it, so every other browser and tab of that user is signed out at its next request. Kept in this
 * server's memory, like the sessions themselves.
 */
@ApplicationScoped
public class SignInSessions {
  private final Map<String, Instant> endedBefore = new ConcurrentHashMap<>();

  /** Ends every session of the user signed in up to now. */
  public void endAll(String username, Instant now) {
    endedBefore.merge(username, now, (a, b) -> a.isAfter(b) ? a : b);
  }

  /** Whether this session was ended by {@link #endAll}. */
  public boolean ended(SessionIdentity identity) {
    Instant before = endedBefore.get(identity.actor().userId());
    return before != null && !identity.signedInAt().isAfter(before);
  }
}
