package org.cornerstone.web.security;

import jakarta.security.enterprise.CallerPrincipal;
import org.cornerstone.shared.Actor;

/** The caller as the identity store found them: the container's principal with the actor. */
public class ActorPrincipal extends CallerPrincipal {
  private static final long serialVersionUID = 1L;
  private final transient Actor actor;

  public ActorPrincipal(Actor actor) {
    super(actor.userId());
    this.actor = actor;
  }

  public Actor actor() {
    return actor;
  }
}
