package org.cornerstone.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cornerstone.audit.application.AuditOrigin;
import org.cornerstone.audit.application.UserActions;
import org.cornerstone.audit.domain.Channel;
import org.cornerstone.audit.domain.Outcome;

/**
 * Records every state-changing REST call in the audit log of user actions, whatever resource
 * answers it: this filter is registered for the whole API (not per resource), so a new endpoint is
 * recorded without anyone remembering to. Only GET, HEAD and OPTIONS are left out (they change
 * nothing); every other method is recorded, including calls refused before they reach a resource
 * (401, 403, 404, an unreadable body) and calls that failed. The action is the method and the
 * endpoint's path template ({@code POST /api/assets/{id}/resubmission}), the subject the path
 * called. See ADR 0014.
 */
@Provider
@PreMatching
@Priority(UserActionAuditFilter.PRIORITY)
public class UserActionAuditFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final Logger LOG = Logger.getLogger(UserActionAuditFilter.class.getName());

  /** Before authentication, so that the origin is known when a sign-in fails. */
  static final int PRIORITY = jakarta.ws.rs.Priorities.AUTHENTICATION - 100;

  /** The methods that change nothing and are therefore not recorded. */
  static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  private static final String SCOPE = UserActionAuditFilter.class.getName() + ".scope";

  @Inject UserActions actions;
  @Context HttpServletRequest servletRequest;
  @Context ResourceInfo resourceInfo;

  /** Whether a call with this HTTP method is recorded. */
  static boolean audits(String httpMethod) {
    return !SAFE.contains(httpMethod.toUpperCase(Locale.ROOT));
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String address =
        servletRequest == null
            ? null
            : actions.clientAddress(
                servletRequest.getRemoteAddr(), servletRequest.getHeader("X-Forwarded-For"));
    request.setProperty(SCOPE, AuditOrigin.enter(new AuditOrigin(Channel.REST, address)));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    AuditOrigin origin = AuditOrigin.current().orElse(new AuditOrigin(Channel.REST, null));
    try {
      if (audits(request.getMethod())) {
        record(request, response, origin);
      }
    } catch (RuntimeException e) {
      // the answer is already decided; a broken audit write must be seen in the log
      LOG.log(Level.SEVERE, "Could not record a user action in the audit log", e);
      throw e;
    } finally {
      if (request.getProperty(SCOPE) instanceof AuditOrigin.Scope scope) {
        scope.close();
        request.removeProperty(SCOPE);
      }
    }
  }

  private void record(
      ContainerRequestContext request, ContainerResponseContext response, AuditOrigin origin) {
    var principal = request.getSecurityContext().getUserPrincipal();
    String user = principal == null ? null : principal.getName();
    String organisation =
        principal instanceof ActorPrincipal actor ? actor.actor().organisation() : null;
    String path = "/api/" + stripSlashes(request.getUriInfo().getPath());
    String action = request.getMethod() + " " + template(path);
    int status = response.getStatus();
    Outcome outcome =
        status < 400 ? Outcome.SUCCEEDED : status >= 500 ? Outcome.FAILED : Outcome.REFUSED;
    actions.record(
        user,
        organisation,
        Channel.REST,
        origin.clientAddress(),
        action,
        path,
        outcome,
        outcome == Outcome.SUCCEEDED ? null : reason(response));
  }

  /** The matched endpoint's path template, or the path itself when nothing matched. */
  private String template(String path) {
    Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
    Class<?> type = resourceInfo == null ? null : resourceInfo.getResourceClass();
    if (method == null || type == null) {
      return path;
    }
    return templateOf(type, method);
  }

  /** {@code /api} + the class's and the method's {@code @Path}, e.g. {@code /api/assets/{id}}. */
  static String templateOf(Class<?> type, Method method) {
    StringBuilder template = new StringBuilder("/api");
    Path onClass = type.getAnnotation(Path.class);
    Path onMethod = method.getAnnotation(Path.class);
    for (Path part : new Path[] {onClass, onMethod}) {
      if (part != null && !stripSlashes(part.value()).isEmpty()) {
        template.append('/').append(stripSlashes(part.value()));
      }
    }
    return template.toString();
  }

  static String stripSlashes(String path) {
    String p = path == null ? "" : path;
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  private static String reason(ContainerResponseContext response) {
    Object entity = response.getEntity();
    if (entity instanceof ApiError error) {
      String problems =
          error.problems() == null
              ? ""
              : error.problems().stream()
                  .filter(p -> !p.equals(error.message()))
                  .map(p -> " " + p)
                  .collect(java.util.stream.Collectors.joining());
      return error.message() + problems;
    }
    return response.getStatus() + " " + response.getStatusInfo().getReasonPhrase();
  }
}
