package org.cornerstone.web.api;

import java.security.Principal;
import org.cornerstone.shared.Actor;

/** The authenticated caller of a REST request. */
record ActorPrincipal(Actor actor) implements Principal {
  @Override
  public String getName() {
    return actor.userId();
  }
}
