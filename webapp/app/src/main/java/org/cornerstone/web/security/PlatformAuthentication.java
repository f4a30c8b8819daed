package org.cornerstone.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cornerstone.audit.application.UserActions;
import org.cornerstone.audit.domain.Channel;
import org.cornerstone.audit.domain.Outcome;
import org.cornerstone.party.application.AuthenticationService;
import org.cornerstone.party.application.SignInThrottle;
import org.cornerstone.shared.Actor;

/**
 * The application's one Jakarta Security authentication mechanism, run by the container before
 * every request (ADR 0013):
 *
 * <ul>
 *   <li>an {@code Authorization: Basic} header (the REST API) is checked through the container's
 *       {@link IdentityStoreHandler}, i.e. {@link UserIdentityStore}, after {@link SignInThrottle}
 *       allowed the try; a refused try leaves the request unauthenticated and {@code
 *       RolesAllowedFeature} answers 401, or 429 with Retry-After when throttled;
 *   <li>otherwise a session signed in on the sign-in page ({@link SessionIdentity}) is told to the
 *       container again, so {@code getUserPrincipal()} and {@code isUserInRole()} hold for the
 *       browser's requests too. For the API such a session is checked against the user table
 *       (disabled users are out at once) and marked cookie-authenticated for the CSRF check.
 * </ul>
 *
 * Nothing here is protected by the container itself: who may use what is {@code @RolesAllowed} on
 * every resource and view.
 */
@ApplicationScoped
public class PlatformAuthentication implements HttpAuthenticationMechanism {
  /** Request attribute: the {@link Actor} the request is authenticated as. */
  public static final String ACTOR = PlatformAuthentication.class.getName() + ".actor";

  /** Request attribute: {@code "BASIC"} or {@code "SESSION"} (cookie), how it was authenticated. */
  public static final String SCHEME = PlatformAuthentication.class.getName() + ".scheme";

  /** Request attribute: the {@link Duration} to wait when sign-ins are throttled. */
  public static final String RETRY_AFTER = PlatformAuthentication.class.getName() + ".retryAfter";

  public static final String BASIC = "BASIC";
  public static final String SESSION = "SESSION";

  @Inject IdentityStoreHandler identityStores;
  @Inject SignInThrottle throttle;
  @Inject SignInSessions sessions;
  @Inject AuthenticationService authentication;
  @Inject UserActions audit;

  /** The reason a refused Basic sign-in is recorded with in the user-action audit. */
  static final String WRONG_CREDENTIALS = "Wrong username or password.";

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(header.substring(6).strip(), request, context);
    }
    Optional<SessionIdentity> signedIn = SessionIdentity.of(request);
    if (signedIn.isEmpty()) {
      return context.doNothing();
    }
    if (sessions.ended(signedIn.get())) {
      SessionIdentity.clear(request.getSession(false));
      return context.doNothing();
    }
    Optional<Actor> actor = Optional.of(signedIn.get().actor());
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      actor = authentication.activeActor(actor.get().userId());
      if (actor.isEmpty()) {
        SessionIdentity.clear(request.getSession(false));
        return context.doNothing();
      }
    }
    return authenticated(request, context, actor.get(), SESSION);
  }

  private AuthenticationStatus basic(
      String encoded, HttpServletRequest request, HttpMessageContext context) {
    String pair;
    try {
      pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return context.doNothing();
    }
    int colon = pair.indexOf(':');
    if (colon < 0) {
      return context.doNothing();
    }
    String username = pair.substring(0, colon).strip();
    String address = request.getRemoteAddr();
    Optional<Duration> locked = throttle.lockedFor(username, address);
    if (locked.isPresent()) {
      request.setAttribute(RETRY_AFTER, locked.get());
      return context.doNothing();
    }
    CredentialValidationResult result =
        identityStores.validate(
            new UsernamePasswordCredential(username, pair.substring(colon + 1)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID
        || !(result.getCallerPrincipal() instanceof ActorPrincipal principal)) {
      throttle.failed(username, address).ifPresent(w -> request.setAttribute(RETRY_AFTER, w));
      // a failed sign-in over the API is a user action of its own (the call itself is then
      // answered 401, and recorded too when it would have changed something)
      audit.record(
          username.isEmpty() ? "anonymous" : username,
          null,
          Channel.REST,
          audit.clientAddress(address, request.getHeader("X-Forwarded-For")),
          UserActions.SIGN_IN,
          request.getMethod() + " " + request.getRequestURI(),
          Outcome.REFUSED,
          WRONG_CREDENTIALS);
      return context.doNothing();
    }
    throttle.succeeded(username);
    return authenticated(request, context, principal.actor(), BASIC);
  }

  private static AuthenticationStatus authenticated(
      HttpServletRequest request, HttpMessageContext context, Actor actor, String scheme) {
    request.setAttribute(ACTOR, actor);
    request.setAttribute(SCHEME, scheme);
    return context.notifyContainerAboutLogin(
        new ActorPrincipal(actor),
        actor.roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }
}
