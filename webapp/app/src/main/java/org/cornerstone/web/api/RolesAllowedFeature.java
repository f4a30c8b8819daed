package org.cornerstone.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Enforces {@code @RolesAllowed} on every resource method. A method with neither
 * {@code @RolesAllowed} nor {@code @PermitAll} (on itself or its class) is closed to everyone:
 * forgetting the annotation fails safe.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {
  static final String SIGN_IN = "Sign in to use the API (HTTP Basic authentication).";
  static final String FORBIDDEN = "Your role does not allow this request.";

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    if (allowed == null && resource.getResourceClass().isAnnotationPresent(PermitAll.class)) {
      return;
    }
    Set<String> roles =
        allowed == null ? Set.of() : Arrays.stream(allowed.value()).collect(Collectors.toSet());
    context.register(new RoleFilter(roles));
  }

  @Priority(Priorities.AUTHORIZATION)
  static final class RoleFilter implements ContainerRequestFilter {
    private final Set<String> roles;

    RoleFilter(Set<String> roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      var security = request.getSecurityContext();
      if (security.getUserPrincipal() == null) {
        request.abortWith(
            Response.fromResponse(ErrorMappers.error(Response.Status.UNAUTHORIZED, SIGN_IN))
                .header(
                    HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"cornerstone\", charset=\"UTF-8\"")
                .build());
        return;
      }
      if (roles.stream().noneMatch(security::isUserInRole)) {
        request.abortWith(ErrorMappers.error(Response.Status.FORBIDDEN, FORBIDDEN));
      }
    }
  }
}
