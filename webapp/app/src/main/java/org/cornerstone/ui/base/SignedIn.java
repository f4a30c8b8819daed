package org.cornerstone.ui.base;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.Optional;
import org.cornerstone.shared.Actor;
import org.cornerstone.web.security.SessionIdentity;

/** The user signed in to this browser session, kept in the Vaadin session on the server. */
public final class SignedIn {
  private SignedIn() {}

  public static Optional<Actor> actor() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null
        ? Optional.empty()
        : Optional.ofNullable(session.getAttribute(Actor.class));
  }

  /**
   * The signed-in actor; views are only reachable when there is one (see {@link AccessControl}).
   */
  public static Actor require() {
    return actor().orElseThrow(() -> new IllegalStateException("No user is signed in."));
  }

  /**
   * Signs the actor in to this browser: a new session id first (no session fixation), then the
   * identity the container's authentication mechanism restores on every later request, and the
   * actor the views read.
   */
  public static void signIn(Actor actor, Instant now) {
    VaadinServletRequest request = VaadinServletRequest.getCurrent();
    VaadinService.reinitializeSession(request);
    new SessionIdentity(actor, now).store(request.getHttpServletRequest().getSession());
    set(actor);
  }

  /** The container's record of this sign-in, if the browser signed in on the sign-in page. */
  static Optional<SessionIdentity> identity() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null || session.getSession() == null
        ? Optional.empty()
        : Optional.ofNullable(
            (SessionIdentity) session.getSession().getAttribute(SessionIdentity.class.getName()));
  }

  public static void set(Actor actor) {
    VaadinSession.getCurrent().setAttribute(Actor.class, actor);
  }

  /** Forgets the user in this session without ending it (the page goes on to the sign-in). */
  static void forget() {
    VaadinSession.getCurrent().setAttribute(Actor.class, null);
    VaadinSession.getCurrent().getSession().removeAttribute(SessionIdentity.class.getName());
  }

  static void clear() {
    VaadinSession session = VaadinSession.getCurrent();
    session.setAttribute(Actor.class, null);
    session.getSession().invalidate();
  }
}
