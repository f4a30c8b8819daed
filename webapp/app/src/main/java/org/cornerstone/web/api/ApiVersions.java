package org.cornerstone.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * Versioned paths (ADR 0015): {@code /api/v1/...} is the API; the unversioned {@code /api/...} that
 * the UI's scripts, the tests and older clients call is a deprecated alias of version 1. Both reach
 * the same resource method (the version segment is taken off before matching). An answer to the
 * alias says so: {@code Deprecation} (RFC 9745) and a {@code Link} to the versioned address ({@code
 * rel="successor-version"}). A {@code Location} in an answer to a versioned call names the
 * versioned address.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class ApiVersions implements ContainerRequestFilter, ContainerResponseFilter {
  /** The one version there is. */
  public static final String CURRENT = "v1";

  /** RFC 9745: the alias has been deprecated since 2026-12-06T00:00:00Z (Unix time). */
  static final String DEPRECATED_SINCE = "@1796515200";

  /** The request's address as the client wrote it, before the version segment was taken off. */
  static final String ORIGINAL_URI = ApiVersions.class.getName() + ".uri";

  private static final String UNVERSIONED = ApiVersions.class.getName() + ".unversioned";

  @Override
  public void filter(ContainerRequestContext request) {
    URI base = request.getUriInfo().getBaseUri();
    URI called = request.getUriInfo().getRequestUri();
    request.setProperty(ORIGINAL_URI, called);
    String prefix = withSlash(base.toString());
    String full = called.toString();
    if (!full.startsWith(prefix)) {
      return;
    }
    String relative = full.substring(prefix.length());
    String unversioned = unversioned(relative);
    if (unversioned == null) {
      request.setProperty(UNVERSIONED, prefix + CURRENT + "/" + relative);
    } else {
      request.setRequestUri(URI.create(prefix), URI.create(prefix + unversioned));
    }
  }

  /**
   * {@code assets?x=1} for {@code v1/assets?x=1}, {@code ""} for {@code v1}; {@code null} when the
   * path names no version.
   */
  static String unversioned(String relative) {
    String version = CURRENT;
    if (!relative.startsWith(version)) {
      return null;
    }
    String rest = relative.substring(version.length());
    if (rest.isEmpty()) {
      return "";
    }
    return switch (rest.charAt(0)) {
      case '/' -> rest.substring(1);
      case '?' -> rest;
      default -> null;
    };
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object successor = request.getProperty(UNVERSIONED);
    if (successor != null) {
      response.getHeaders().add("Deprecation", DEPRECATED_SINCE);
      response.getHeaders().add(HttpHeaders.LINK, link(successor.toString()));
      return;
    }
    URI location = response.getLocation();
    if (location != null) {
      response.getHeaders().putSingle(HttpHeaders.LOCATION, versioned(location.toString()));
    }
  }

  /** The successor address, without its query, as a {@code Link} header value. */
  static String link(String successor) {
    int query = successor.indexOf('?');
    return "<"
        + (query < 0 ? successor : successor.substring(0, query))
        + ">; rel=\"successor-version\"";
  }

  /** {@code .../api/v1/assets/A-1} for {@code .../api/assets/A-1}; other addresses unchanged. */
  static String versioned(String location) {
    int api = location.indexOf("/api/");
    if (api < 0 || unversioned(location.substring(api + 5)) != null) {
      return location;
    }
    return location.substring(0, api + 5) + CURRENT + "/" + location.substring(api + 5);
  }

  private static String withSlash(String uri) {
    return uri.endsWith("/") ? uri : uri + "/";
  }
}
