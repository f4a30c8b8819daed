package org.cornerstone.web.api;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import org.cornerstone.shared.Actor;

/** The actor behind a request, as established by the container ({@link ContainerCaller}). */
final class Callers {
  private Callers() {}

  static Actor actor(SecurityContext security) {
    if (security.getUserPrincipal() instanceof ActorPrincipal principal) {
      return principal.actor();
    }
    throw new NotAuthorizedException("Basic realm=\"cornerstone\"");
  }
}
