package org.cornerstone.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;
import org.cornerstone.shared.Actor;

/**
 * Who signed in on the sign-in page, kept in the HTTP session (after its id was renewed) so that
 * the authentication mechanism tells the container on each later request of that session.
 */
public record SessionIdentity(Actor actor, Instant signedInAt) {
  static final String ATTRIBUTE = SessionIdentity.class.getName();

  public static Optional<SessionIdentity> of(HttpSession session) {
    return session != null && session.getAttribute(ATTRIBUTE) instanceof SessionIdentity identity
        ? Optional.of(identity)
        : Optional.empty();
  }

  public static Optional<SessionIdentity> of(HttpServletRequest request) {
    return of(request.getSession(false));
  }

  public void store(HttpSession session) {
    session.setAttribute(ATTRIBUTE, this);
  }

  public static void clear(HttpSession session) {
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }
}
