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
import org.cornerstone.audit.application.UserActions;
import org.cornerstone.audit.domain.Outcome;
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
  static final String WRONG_CREDENTIALS = "Wrong username or password.";

  @Inject AuthenticationService authentication;
  @Inject UserActions audit;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return;
    }
    String[] credentials = decode(header.substring(6).strip());
    Optional<Actor> actor =
        credentials == null
            ? Optional.empty()
            : authentication.authenticate(credentials[0], credentials[1].toCharArray());
    actor.ifPresentOrElse(
        a -> {
          boolean secure = request.getSecurityContext().isSecure();
          request.setSecurityContext(new ActorSecurityContext(a, secure));
        },
        // a failed sign-in over the API is a user action of its own (the call itself is then
        // answered 401, and recorded too when it would have changed something)
        () ->
            audit.record(
                new Actor(
                    credentials == null ? "anonymous" : credentials[0].strip(),
                    null,
                    null,
                    java.util.Set.of()),
                UserActions.SIGN_IN,
                request.getMethod()
                    + " /api/"
                    + UserActionAuditFilter.stripSlashes(request.getUriInfo().getPath()),
                Outcome.REFUSED,
                WRONG_CREDENTIALS));
  }

  /** The username and password of a Basic header, or null when it is malformed. */
  private static String[] decode(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      if (colon < 0) {
        return null;
      }
      return new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
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
