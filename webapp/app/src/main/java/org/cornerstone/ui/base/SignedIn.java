package org.cornerstone.ui.base;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.cornerstone.shared.Actor;

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

  public static void set(Actor actor) {
    VaadinSession.getCurrent().setAttribute(Actor.class, actor);
  }

  /** Forgets the user in this session without ending it (the page goes on to the sign-in). */
  static void forget() {
    VaadinSession.getCurrent().setAttribute(Actor.class, null);
  }

  static void clear() {
    VaadinSession session = VaadinSession.getCurrent();
    session.setAttribute(Actor.class, null);
    session.getSession().invalidate();
  }
}
