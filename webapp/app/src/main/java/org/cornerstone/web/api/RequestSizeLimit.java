package org.cornerstone.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.cornerstone.platform.Settings;

/**
 * Refuses a request whose declared length is over the limit for one request ({@link
 * Settings#maxRequestBytes()}) with a 413 in the API's error shape, before any of it is read. A
 * chunked body without a length is cut by the server at its own limit, answered by {@link
 * ErrorMappers}; each file's own limit is checked when the form is read.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestSizeLimit implements ContainerRequestFilter {
  static final String TOO_LARGE =
      "The request is %d MiB; at most %d MiB per request (and %d MiB per file) is accepted.";

  @Inject Settings settings;

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = settings.maxRequestBytes();
    long length = declaredLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH));
    if (length > limit) {
      request.abortWith(
          ErrorMappers.error(
              Response.Status.REQUEST_ENTITY_TOO_LARGE,
              message(length, limit, settings.maxUploadBytes())));
    }
  }

  static String message(long length, long requestLimit, long fileLimit) {
    long mib = 1024 * 1024;
    return String.format(TOO_LARGE, (length + mib - 1) / mib, requestLimit / mib, fileLimit / mib);
  }

  static long declaredLength(String header) {
    if (header == null || header.isBlank()) {
      return -1;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
