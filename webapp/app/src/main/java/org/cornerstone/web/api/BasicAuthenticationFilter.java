package org.cornerstone.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import org.cornerstone.party.application.AuthenticationService;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;

/**
 * HTTP Basic authentication against the user store. It only establishes who is calling; {@link
 * RolesAllowedFeature} decides what they may call, and the application services check again.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthenticationFilter implements ContainerRequestFilter {
  @Inject AuthenticationService authentication;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return;
    }
    Optional<Actor> actor = decode(header.substring(6).strip());
    actor.ifPresent(
        a -> {
          boolean secure = request.getSecurityContext().isSecure();
          request.setSecurityContext(new ActorSecurityContext(a, secure));
        });
  }

  private Optional<Actor> decode(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      if (colon < 0) {
        return Optional.empty();
      }
      return authentication.authenticate(
          pair.substring(0, colon), pair.substring(colon + 1).toCharArray());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Security context of an authenticated caller. */
  record ActorSecurityContext(Actor actor, boolean secure) implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return new ActorPrincipal(actor);
    }

    @Override
    public boolean isUserInRole(String role) {
      try {
        return actor.has(Role.valueOf(role));
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return BASIC_AUTH;
    }
  }
}
