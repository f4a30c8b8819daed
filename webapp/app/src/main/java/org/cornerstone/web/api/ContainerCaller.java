package org.cornerstone.web.api;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Duration;
import java.util.Set;
import org.cornerstone.party.application.SignInThrottle;
import org.cornerstone.shared.Actor;
import org.cornerstone.web.security.PlatformAuthentication;

/**
 * What the container's authentication ({@link PlatformAuthentication}) decided, for the API: a
 * throttled sign-in is answered 429 with Retry-After; a state-changing call authenticated by the
 * session cookie must carry {@value #CSRF_HEADER} (no other site can add it to a request, and
 * without CORS no other origin may send it), else 403; a caller is given to the resources as {@link
 * ActorPrincipal}, while role checks stay with the container. Calls with HTTP Basic are not subject
 * to CSRF: a browser never adds those credentials by itself. Runs before the request is matched to
 * a resource, so that no answer (404, 415, ...) comes before these checks.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ContainerCaller implements ContainerRequestFilter {
  public static final String CSRF_HEADER = "X-Requested-With";
  static final String CSRF =
      "A change made with the session cookie must carry the header "
          + CSRF_HEADER
          + " (protection against cross-site requests); or use HTTP Basic authentication.";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Context HttpServletRequest servlet;

  @Override
  public void filter(ContainerRequestContext request) {
    if (servlet.getAttribute(PlatformAuthentication.RETRY_AFTER) instanceof Duration wait) {
      request.abortWith(
          Response.fromResponse(
                  ErrorMappers.error(
                      Response.Status.TOO_MANY_REQUESTS, SignInThrottle.lockedMessage(wait)))
              .header(HttpHeaders.RETRY_AFTER, SignInThrottle.seconds(wait))
              .build());
      return;
    }
    if (!(servlet.getAttribute(PlatformAuthentication.ACTOR) instanceof Actor actor)) {
      return;
    }
    if (PlatformAuthentication.SESSION.equals(servlet.getAttribute(PlatformAuthentication.SCHEME))
        && !SAFE.contains(request.getMethod())
        && isBlank(request.getHeaderString(CSRF_HEADER))) {
      request.abortWith(ErrorMappers.error(Response.Status.FORBIDDEN, CSRF));
      return;
    }
    request.setSecurityContext(new CallerContext(request.getSecurityContext(), actor));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** The container's security context, with the caller as an {@link ActorPrincipal}. */
  record CallerContext(SecurityContext container, Actor actor) implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return new ActorPrincipal(actor);
    }

    @Override
    public boolean isUserInRole(String role) {
      return container.isUserInRole(role);
    }

    @Override
    public boolean isSecure() {
      return container.isSecure();
    }

    @Override
    public String getAuthenticationScheme() {
      return container.getAuthenticationScheme();
    }
  }
}
