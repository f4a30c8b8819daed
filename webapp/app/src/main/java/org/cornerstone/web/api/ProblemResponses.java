package org.cornerstone.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * Completes every problem answer, whoever built it (a mapper, a filter that refused the request, a
 * resource): its {@code instance} is the path the client called, and its media type is {@code
 * application/problem+json}.
 */
@Provider
public class ProblemResponses implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object entity = response.getEntity();
    String path = calledPath(request);
    if (entity instanceof ApiError problem) {
      response.setEntity(
          problem.instance() == null ? problem.at(path) : problem,
          response.getEntityAnnotations(),
          ApiError.PROBLEM_JSON_TYPE);
    } else if (entity instanceof HolderTransferResource.Refused refused) {
      response.setEntity(
          refused.instance() == null ? refused.at(path) : refused,
          response.getEntityAnnotations(),
          ApiError.PROBLEM_JSON_TYPE);
    } else {
      return;
    }
    response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, ApiError.PROBLEM_JSON);
  }

  /** The path as the client wrote it (with its version segment, if any), without the query. */
  static String calledPath(ContainerRequestContext request) {
    Object original = request.getProperty(ApiVersions.ORIGINAL_URI);
    URI uri = original instanceof URI u ? u : request.getUriInfo().getRequestUri();
    return uri.getRawPath();
  }
}
